// The whole of the client-side routing: one reactive value saying which screen is showing.
export type Route =
  | { name: "students" }
  | { name: "new-student" }
  | { name: "student"; id: string }
  | { name: "iep"; id: string }
  | { name: "notice"; id: string };

export class Router {
  route: Route = $state({ name: "students" });

  go(route: Route): void {
    this.route = route;
  }
}
