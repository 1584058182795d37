import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import StudentPage from "./StudentPage.svelte";
import { seeded } from "../test/fixtures";

describe("student page", () => {
  it("shows the student and starts a draft IEP", async () => {
    const { backend, wei } = await seeded();
    const onopeniep = vi.fn();
    const { container } = render(StudentPage, {
      props: { backend, studentId: wei.id, onback: () => {}, onopeniep },
    });
    await waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Wei Chen"));
    expect(container.textContent).toContain("198872610");
    expect(container.textContent).toContain("No IEPs yet.");
    expect(container.querySelector("#open-draft")).toBeNull();
    await fireEvent.click(container.querySelector("#start-iep-draft")!);
    await waitFor(() => expect(onopeniep).toHaveBeenCalledTimes(1));
    const iepId = onopeniep.mock.calls[0][0];
    expect(backend.ieps.get(iepId)?.iep.student_id).toBe(wei.id);
  });

  it("with a draft: lists it and offers to open it instead of starting another", async () => {
    const { backend, amina, draft } = await seeded();
    const onopeniep = vi.fn();
    const onback = vi.fn();
    const { container } = render(StudentPage, { props: { backend, studentId: amina.id, onback, onopeniep } });
    await waitFor(() => expect(container.querySelectorAll(".iep-row")).toHaveLength(1));
    const row = container.querySelector(".iep-row")!;
    expect(row.textContent).toContain("version 1");
    expect(row.textContent).toContain("Draft");
    expect(container.querySelector("#start-iep-draft")).toBeNull();
    await fireEvent.click(container.querySelector("#open-draft")!);
    expect(onopeniep).toHaveBeenCalledWith(draft!.id);
    await fireEvent.click(container.querySelector("#back-to-students")!);
    expect(onback).toHaveBeenCalled();
  });
});
