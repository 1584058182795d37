// Helpers for component tests: a MemoryBackend with a profile and known students.
import { MemoryBackend } from "../lib/backend/memory";
import type { CreateStudent } from "../lib/bindings";

export const PROFILE = { id: "user-0", name: "Dana Ortiz", role: "case_manager" as const };

export function validStudent(overrides: Partial<CreateStudent> = {}): CreateStudent {
  return {
    first_name: "Amina",
    last_name: "Rahman",
    date_of_birth: "2014-03-12",
    osis: "204518339",
    home_language: "bn",
    parent_language: "bn",
    school_dbn: "24Q014",
    grade: "5",
    ...overrides,
  };
}

/** A backend with a profile, three students and (optionally) a draft IEP for the first one. */
export async function seeded(options: { delayMs?: number; draft?: boolean } = {}) {
  const backend = new MemoryBackend({ profile: PROFILE, today: "2026-11-23" });
  const amina = await backend.createStudent(validStudent());
  const wei = await backend.createStudent(
    validStudent({ first_name: "Wei", last_name: "Chen", osis: "198872610", school_dbn: "20K187", grade: "8" }),
  );
  const jean = await backend.createStudent(
    validStudent({ first_name: "Jean", last_name: "Baptiste", osis: "209934157", school_dbn: "17K246", grade: "7" }),
  );
  const draft = options.draft === false ? null : await backend.startIepDraft(amina.id);
  backend.calls.length = 0;
  backend.delayMs = options.delayMs ?? 0;
  return { backend, amina, wei, jean, draft };
}
