import { render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { TestSessionProvider } from "../lib/session";
import { amara } from "../test/render";
import { RequireAuth } from "./require-auth";

function Where() {
  const l = useLocation();
  return <p>at {l.pathname + l.search}</p>;
}

function renderAt(viewer: typeof amara | null) {
  render(
    <MemoryRouter initialEntries={["/settings/profile?tab=1"]}>
      <TestSessionProvider viewer={viewer}>
        <Routes>
          <Route element={<RequireAuth />}>
            <Route path="settings/profile" element={<p>the profile form</p>} />
          </Route>
          <Route path="login" element={<Where />} />
        </Routes>
      </TestSessionProvider>
    </MemoryRouter>,
  );
}

describe("RequireAuth", () => {
  it("sends a signed-out person to log in, to come back afterwards", () => {
    renderAt(null);
    expect(
      screen.getByText("at /login?next=%2Fsettings%2Fprofile%3Ftab%3D1"),
    ).toBeInTheDocument();
  });

  it("shows the page to a signed-in person", () => {
    renderAt(amara);
    expect(screen.getByText("the profile form")).toBeInTheDocument();
  });
});
