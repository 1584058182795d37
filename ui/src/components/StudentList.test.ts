import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, waitFor } from "@testing-library/svelte";
import StudentList from "./StudentList.svelte";
import { MemoryBackend } from "../lib/backend/memory";
import { PROFILE, seeded } from "../test/fixtures";

function rows(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLTableRowElement>("tr.student-row")];
}

describe("student list", () => {
  it("lists students as Last, First with OSIS, grade, DBN and a draft badge", async () => {
    const { backend, amina, wei } = await seeded();
    const { container } = render(StudentList, { props: { backend, onopen: () => {}, onnew: () => {} } });
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    expect(rows(container).map((r) => r.querySelector(".name")!.textContent)).toEqual([
      "Baptiste, Jean",
      "Chen, Wei",
      "Rahman, Amina",
    ]);
    const aminaRow = container.querySelector(`tr[data-student-id="${amina.id}"]`)!;
    expect(aminaRow.textContent).toContain("204518339");
    expect(aminaRow.textContent).toContain("24Q014");
    expect(aminaRow.textContent).toContain("Grade 5");
    expect(aminaRow.querySelector(".badge")?.textContent).toBe("Draft IEP");
    expect(container.querySelector(`tr[data-student-id="${wei.id}"] .badge`)).toBeNull();
  });

  it("filters as you type, debounced: one search for a burst of keystrokes", async () => {
    const { backend, wei } = await seeded();
    const { container } = render(StudentList, { props: { backend, onopen: () => {}, onnew: () => {} } });
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    backend.calls.length = 0;
    const search = container.querySelector("#student-search")!;
    for (const q of ["c", "ch", "che", "chen"]) await fireEvent.input(search, { target: { value: q } });
    await waitFor(() => expect(rows(container)).toHaveLength(1));
    expect(rows(container)[0].dataset.studentId).toBe(wei.id);
    const searches = backend.calls.filter((c) => c.method === "listStudents").map((c) => c.args[0]);
    expect(searches).toEqual(["chen"]);

    await fireEvent.input(search, { target: { value: "198872" } }); // by OSIS
    await waitFor(() => expect(backend.calls.at(-1)?.args[0]).toBe("198872"));
    await waitFor(() => expect(rows(container).map((r) => r.dataset.studentId)).toEqual([wei.id]));
  });

  it("says so when nothing matches, and when there are no students at all", async () => {
    const { backend } = await seeded();
    const { container } = render(StudentList, { props: { backend, onopen: () => {}, onnew: () => {} } });
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    await fireEvent.input(container.querySelector("#student-search")!, { target: { value: "zzz" } });
    await waitFor(() => expect(container.querySelector(".empty-state")?.textContent).toContain("No students match “zzz”"));
    expect(rows(container)).toHaveLength(0);

    const empty = render(StudentList, {
      props: { backend: new MemoryBackend({ profile: PROFILE }), onopen: () => {}, onnew: () => {} },
    });
    await waitFor(() => expect(empty.container.querySelector(".empty-state")?.textContent).toContain("No students yet"));
  });

  it("opens a student on click and on Enter; New student button", async () => {
    const { backend, jean, wei } = await seeded();
    const onopen = vi.fn();
    const onnew = vi.fn();
    const { container } = render(StudentList, { props: { backend, onopen, onnew } });
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    await fireEvent.click(rows(container)[0]);
    expect(onopen).toHaveBeenLastCalledWith(jean.id);
    const row = rows(container)[1];
    expect(row.tabIndex).toBe(0);
    await fireEvent.keyDown(row, { key: "Enter" });
    expect(onopen).toHaveBeenLastCalledWith(wei.id);
    await fireEvent.click(container.querySelector("#new-student-button")!);
    expect(onnew).toHaveBeenCalledTimes(1);
  });

  it("shows a failed search and lets it be retried", async () => {
    const { backend } = await seeded();
    backend.failNext(1);
    const { container, getByText } = render(StudentList, { props: { backend, onopen: () => {}, onnew: () => {} } });
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain("database is busy"));
    await fireEvent.click(getByText("Try again"));
    await waitFor(() => expect(rows(container)).toHaveLength(3));
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
