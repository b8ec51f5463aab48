import { BrowserRouter } from "react-router";
import { SessionProvider } from "../lib/session";
import { AppRoutes } from "./routes";

/** The whole app: the router, the GraphQL client with the session, and the routes. */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <AppRoutes />
      </SessionProvider>
    </BrowserRouter>
  );
}
