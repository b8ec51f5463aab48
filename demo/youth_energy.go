package demo

import (
	"kindred/domain"
)

// codeClub is an active education collaboration in Porto, with an invited mentor and
// open needs a remote volunteer could fill.
func (l *loader) codeClub() {
	c := l.collaboration(collabSpec{
		slug:  "campanha-code-club",
		title: "Saturday Code Club for Teens",
		goal: "Run a free Saturday-morning coding club in Campanhã for 12- to 17-year-olds, with a laptop for everyone " +
			"who needs one, and keep 40 teenagers coming regularly by the end of the school year.",
		status: domain.CollaborationActive, visibility: domain.VisibilityPublic,
		place:    city("Campanhã, Porto", 41.1496, -8.5855),
		startsAt: ptr(l.ago(95)), endsAt: ptr(l.in(220)),
		creator: "rui", createdAt: l.ago(105),
		values: []weighted{{"education", 5}, {"youth", 5}, {"inclusion", 4}, {"mentorship", 3}},
	})
	rui := l.steward(c, "rui")
	beatriz := l.join(c, "beatriz", 100)
	ana := l.join(c, "ana", 96)
	tiago := l.join(c, "tiago", 80)
	l.member(c, "wanjiru", domain.MembershipMember, domain.MembershipInvited, l.ago(8), "rui")

	laptops := l.need(c, kInKind, 15, "laptops", "",
		"Refurbished laptops the teenagers can take home.", false, l.ago(90))
	l.need(c, kSkill, 2000, "", "python",
		"A second Python mentor for the advanced group on Saturdays, about 2 hours a week for ten weeks (remote is fine).", false, l.ago(35))
	l.need(c, kMoney, 30000, "", "",
		"Snacks and bus passes for the rest of the school year (€300).", false, l.ago(60))

	teach := l.commit(rui, pledge{kind: kSkill, qty: 6000, status: binding, at: l.ago(105), due: ptr(l.in(200)),
		desc: "Teach the Saturday session: 3 hours a week including preparation."})
	table := l.commit(beatriz, pledge{kind: kTime, qty: 3000, status: binding, at: l.ago(100), due: ptr(l.in(200)),
		desc: "Run the beginners' table every other Saturday."})
	old := l.commit(beatriz, pledge{kind: kInKind, qty: 4, unit: "laptops", need: laptops, status: binding, at: l.ago(75), due: ptr(l.ago(40)),
		estimated: ptr(int64(60000)), desc: "Four laptops my school is retiring, wiped and with Linux installed."})
	spread := l.commit(ana, pledge{kind: kGoodwill, qty: 6, unit: "introductions", status: binding, at: l.ago(96), due: ptr(l.ago(5)),
		desc: "Introduce the club at the parish youth centre and the nearest schools."})
	games := l.commit(tiago, pledge{kind: kSkill, qty: 2000, status: binding, at: l.ago(80), due: ptr(l.in(60)),
		desc: "Run a six-week game-making track for the advanced group."})

	confirmers := []string{"beatriz", "ana", "beatriz", "beatriz", "ana", "beatriz", ""}
	for i, d := range []float64{84, 77, 63, 49, 35, 21, 7} {
		l.give(teach, 300, "Saturday session and preparation.", l.ago(d), confirmers[i])
	}
	l.give(table, 300, "Beginners' table: variables and loops with turtle graphics.", l.ago(70), "rui")
	l.give(table, 300, "Beginners' table: first web page.", l.ago(56), "rui")
	l.give(table, 300, "Beginners' table: a quiz game in Python.", l.ago(28), "rui")
	l.give(table, 300, "Beginners' table.", l.ago(14), "ana")
	l.give(old, 4, "Four laptops, wiped, with Linux and a code editor installed.", l.ago(50), "rui")
	l.give(spread, 3, "Presented the club at the youth centre and two schools.", l.ago(90), "rui")
	l.give(spread, 3, "Presented the club at the third school, the library and the football club.", l.ago(60), "rui")
	l.give(games, 400, "Game track week 1–2: a platformer in the browser.", l.ago(42), "rui")
	l.give(games, 400, "Game track week 3–4: sprites and sound.", l.ago(28), "beatriz")
	l.give(games, 400, "Game track week 5: the teens' own levels.", l.ago(14), "")
}

// solarRoof is a completed collaboration whose outcome goes down: the electricity a
// community centre buys from the grid.
func (l *loader) solarRoof() {
	c := l.collaboration(collabSpec{
		slug:  "afrikaanderwijk-solar-roof",
		title: "Solar roof for the Afrikaanderwijk community centre",
		goal: "Fund and fit 24 solar panels on the roof of the Afrikaanderwijk community centre, halving the electricity " +
			"it buys from the grid and the bills that come with it.",
		status: domain.CollaborationCompleted, visibility: domain.VisibilityPublic,
		place:    city("Afrikaanderwijk, Rotterdam-Zuid", 51.8985, 4.5050),
		startsAt: ptr(l.ago(105)), endsAt: ptr(l.ago(20)),
		creator: "noor", createdAt: l.ago(115), updatedAt: l.ago(20),
		values: []weighted{{"climate-action", 4}, {"community", 4}, {"local-economy", 3}, {"self-reliance", 2}},
	})
	noor := l.steward(c, "noor")
	ruben := l.join(c, "ruben", 110)
	henk := l.join(c, "henk", 108)
	amara := l.join(c, "amara", 100)

	share := l.need(c, kMoney, 150000, "", "",
		"The residents' share next to the municipal sustainability grant (€1,500).", true, l.ago(112))
	install := l.need(c, kSkill, 2400, "", "electrical installation",
		"A qualified electrician to fit and connect the 24 panels.", true, l.ago(112))

	noorMoney := l.commit(noor, pledge{kind: kMoney, qty: 50000, need: share, status: binding, at: l.ago(115), due: ptr(l.ago(70)),
		desc: "My part of the residents' share."})
	organise := l.commit(noor, pledge{kind: kTime, qty: 1500, status: binding, at: l.ago(115), due: ptr(l.ago(20)),
		desc: "Organise the residents' evenings and the paperwork with the municipality."})
	fit := l.commit(ruben, pledge{kind: kSkill, qty: 2400, need: install, status: binding, at: l.ago(110), due: ptr(l.ago(35)),
		desc: "Fit the mounting rails and the 24 panels, and connect the inverter."})
	henkMoney := l.commit(henk, pledge{kind: kMoney, qty: 75000, need: share, status: binding, at: l.ago(108), due: ptr(l.ago(70)),
		desc: "From my pension lump sum, for a roof I can see from my allotment."})
	books := l.commit(henk, pledge{kind: kSkill, qty: 800, status: binding, at: l.ago(108), due: ptr(l.ago(20)),
		desc: "Keep the project accounts and write the grant report."})
	amaraMoney := l.commit(amara, pledge{kind: kMoney, qty: 25000, need: share, status: binding, at: l.ago(100), due: ptr(l.ago(70)),
		desc: "My part of the residents' share."})

	l.give(noorMoney, 50000, "Transferred to the community centre's project account.", l.ago(88), "henk")
	l.give(henkMoney, 75000, "Transferred to the community centre's project account.", l.ago(86), "noor")
	l.give(amaraMoney, 25000, "Transferred to the community centre's project account.", l.ago(84), "noor")
	l.give(organise, 800, "Two residents' evenings and the grant application.", l.ago(80), "henk")
	l.give(organise, 700, "Permit, the roof survey and the opening afternoon.", l.ago(40), "ruben")
	l.give(fit, 1200, "Fitted the mounting rails and the first 12 panels.", l.ago(52), "noor")
	l.give(fit, 1200, "Fitted the other 12 panels and connected the inverter.", l.ago(45), "noor")
	l.give(books, 500, "Project accounts and receipts.", l.ago(60), "noor")
	l.give(books, 300, "Final accounts and the grant report.", l.ago(22), "noor")

	grid := l.outcome(c, "noor", "Electricity bought from the grid", "kWh per month", 1800, 900, domain.DirectionDecrease, ptr(l.ago(10)), l.ago(100),
		"climate-action", "self-reliance")
	l.measure(grid, 1790, l.ago(87), "", "Meter reading for the month before the panels went up.", "noor", "henk")
	l.measure(grid, 1240, l.ago(40), "https://example.org/buurthuis-solar/meter-readings", "", "ruben", "noor")
	l.measure(grid, 905, l.ago(12), "https://example.org/buurthuis-solar/meter-readings", "", "noor", "henk", "amara")

	l.activity(c.ID, l.person("noor"), "collaboration.completed", "Collaboration", c.ID, l.ago(20))
}
