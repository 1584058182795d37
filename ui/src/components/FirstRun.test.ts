import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import FirstRun from "./FirstRun.svelte";
import App from "../App.svelte";
import { MemoryBackend } from "../lib/backend/memory";

describe("first run", () => {
  it("shows the name error from the backend beside the name field", async () => {
    const backend = new MemoryBackend();
    const oncreated = vi.fn();
    const { container } = render(FirstRun, { props: { backend, oncreated } });
    await fireEvent.click(container.querySelector("#profile-submit")!);
    const error = await waitFor(() => {
      const e = container.querySelector("#profile-name-error");
      expect(e).not.toBeNull();
      return e!;
    });
    expect(error.textContent).toBe("Enter your name.");
    expect(error.getAttribute("role")).toBe("alert");
    expect(container.querySelector("#profile-name")!.getAttribute("aria-describedby")).toBe("profile-name-error");
    expect(oncreated).not.toHaveBeenCalled();
    expect(backend.profile).toBeNull();
  });

  it("offers the four roles with their labels", () => {
    const { container } = render(FirstRun, { props: { backend: new MemoryBackend(), oncreated: () => {} } });
    const options = [...container.querySelectorAll<HTMLOptionElement>("#profile-role option")];
    expect(options.map((o) => [o.value, o.textContent])).toEqual([
      ["case_manager", "Case manager"],
      ["social_worker", "Social worker"],
      ["provider", "Related-service provider"],
      ["supervisor", "Supervisor"],
    ]);
    expect(screen.getByLabelText("Your role")).toBe(container.querySelector("#profile-role"));
    expect(screen.getByLabelText("Your name")).toBe(container.querySelector("#profile-name"));
  });

  it("creates the profile, and the app then shows the student list with the name and role", async () => {
    const backend = new MemoryBackend();
    const { container } = render(App, { props: { backend } });
    const name = await waitFor(() => {
      const el = container.querySelector<HTMLInputElement>("#profile-name");
      expect(el).not.toBeNull();
      return el!;
    });
    await fireEvent.input(name, { target: { value: "  Dana Ortiz " } });
    await fireEvent.change(container.querySelector("#profile-role")!, { target: { value: "social_worker" } });
    await fireEvent.submit(name.form!);

    await waitFor(() => expect(container.querySelector("#student-search")).not.toBeNull());
    expect(backend.profile).toMatchObject({ name: "Dana Ortiz", role: "social_worker" });
    expect(container.querySelector("#profile-display-name")!.textContent).toBe("Dana Ortiz");
    expect(container.querySelector("#profile-display-role")!.textContent).toBe("Social worker");
    expect(container.querySelector("#profile-name")).toBeNull();
  });

  it("skips the form when a profile exists", async () => {
    const backend = new MemoryBackend({ profile: { id: "u", name: "Kim Lee", role: "supervisor" } });
    const { container } = render(App, { props: { backend } });
    await waitFor(() => expect(container.querySelector("#profile-display-name")?.textContent).toBe("Kim Lee"));
    expect(container.querySelector("#profile-display-role")!.textContent).toBe("Supervisor");
    expect(container.querySelector("#profile-name")).toBeNull();
  });
});
