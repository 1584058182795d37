import { mount } from "svelte";
import App from "./App.svelte";
import { createBackend } from "./lib/backend";
import { autosavesFor } from "./lib/autosave";
import { installCloseGuard } from "./lib/closeGuard";
import "./app.css";

const backend = createBackend();
installCloseGuard(window, backend, autosavesFor(backend));

const app = mount(App, {
  target: document.getElementById("app")!,
  props: { backend },
});

export default app;
