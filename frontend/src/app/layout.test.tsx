import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { Provider } from "urql";
import { describe, expect, it } from "vitest";
import { TestSessionProvider } from "../lib/session";
import { amara, mockClient } from "../test/render";
import { Layout } from "./layout";

function renderLayout(viewer: typeof amara | null, unread = 0) {
  const client = mockClient({
    query: () => ({
      data: {
        notifications: {
          __typename: "NotificationConnection",
          unreadCount: unread,
          edges: unread
            ? [
                {
                  __typename: "NotificationEdge",
                  node: { __typename: "Notification", id: "N1" },
                },
              ]
            : [],
        },
      },
    }),
  });
  render(
    <Provider value={client}>
      <MemoryRouter initialEntries={["/dashboard"]}>
        <TestSessionProvider viewer={viewer}>
          <Routes>
            <Route element={<Layout />}>
              <Route path="dashboard" element={<h1>Dashboard</h1>} />
              <Route path="discover" element={<h1>Discover people</h1>} />
            </Route>
          </Routes>
        </TestSessionProvider>
      </MemoryRouter>
    </Provider>,
  );
}

describe("Layout", () => {
  it("folds a signed-in person’s navigation behind a Menu button that carries the unread count", async () => {
    const user = userEvent.setup();
    renderLayout(amara, 3);
    const menu = screen.getByRole("button", {
      name: "Menu, 3 unread notifications",
    });
    const nav = screen.getByRole("navigation", { name: "Main", hidden: true });
    expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(menu).toHaveAttribute("aria-controls", nav.id);
    expect(nav).not.toHaveClass("site-nav--open");

    await user.click(menu);
    expect(menu).toHaveAttribute("aria-expanded", "true");
    expect(nav).toHaveClass("site-nav--open");

    // Going to another page closes it.
    await user.click(within(nav).getByRole("link", { name: "Discover" }));
    expect(
      await screen.findByRole("heading", { name: "Discover people" }),
    ).toBeInTheDocument();
    expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(nav).not.toHaveClass("site-nav--open");
  });

  it("closes the menu with Escape and gives the focus back to its button", async () => {
    const user = userEvent.setup();
    renderLayout(amara);
    const menu = screen.getByRole("button", { name: "Menu" });
    await user.click(menu);
    await user.tab();
    await user.keyboard("{Escape}");
    expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(menu).toHaveFocus();
  });

  it("shows a signed-out person the few links there are, with no menu", () => {
    renderLayout(null);
    expect(
      screen.queryByRole("button", { name: /Menu/ }),
    ).not.toBeInTheDocument();
    expect(
      within(screen.getByRole("navigation", { name: "Main" })).getByRole(
        "link",
        { name: "Log in" },
      ),
    ).toBeInTheDocument();
  });
});
