package demo

import (
	"kindred/domain"
)

// Short names for the statuses and kinds the builders use over and over.
const (
	binding   = domain.CommitmentBinding
	pending   = domain.CommitmentPending
	kTime     = domain.KindTime
	kSkill    = domain.KindSkill
	kMoney    = domain.KindMoney
	kInKind   = domain.KindInKind
	kGoodwill = domain.KindGoodwill
)

// steward makes the creator of c its first steward.
func (l *loader) steward(c *domain.Collaboration, handle string) *domain.Membership {
	return l.member(c, handle, domain.MembershipSteward, domain.MembershipActive, c.CreatedAt, "")
}

// join adds handle to c as an ACTIVE member daysAgo days ago.
func (l *loader) join(c *domain.Collaboration, handle string, daysAgo float64) *domain.Membership {
	return l.member(c, handle, domain.MembershipMember, domain.MembershipActive, l.ago(daysAgo), "")
}

// fridge is the demo person's own collaboration: active, local, with a member who is
// behind, a corrected ledger entry and an open proposal to change the goal.
func (l *loader) fridge() {
	c := l.collaboration(collabSpec{
		slug:  "noord-community-fridge",
		title: "Noord Community Fridge",
		goal: "Keep a public fridge and pantry on the Zwaanshals stocked every day, so that surplus food " +
			"from local bakeries and shops reaches neighbours instead of the bin: 400 kg rescued each month " +
			"by the end of the year.",
		status: domain.CollaborationActive, visibility: domain.VisibilityPublic,
		place:    city("Zwaanshals, Rotterdam-Noord", 51.9317, 4.4686),
		startsAt: ptr(l.ago(120)), endsAt: ptr(l.in(200)),
		creator: "amara", createdAt: l.ago(130), updatedAt: l.ago(40),
		values: []weighted{{"food-security", 5}, {"community", 4}, {"sustainability", 3}, {"generosity", 2}},
	})
	amara := l.steward(c, "amara")
	joris := l.join(c, "joris", 115)
	fatima := l.join(c, "fatima", 110)
	lotte := l.join(c, "lotte", 100)
	noor := l.join(c, "noor", 90)
	samir := l.member(c, "samir", domain.MembershipMember, domain.MembershipRequested, l.ago(5), "")

	shifts := l.need(c, kTime, 10000, "", "",
		"Volunteers for the daily 18:00 stock check and the weekly clean: about 10 hours a week between us.", false, l.ago(128))
	l.need(c, kSkill, 1000, "", "bookkeeping",
		"Someone to keep our small cash book and prepare the yearly report for the housing association that lends us the space.", false, l.ago(70))
	l.need(c, kMoney, 45000, "", "",
		"A second fridge-freezer for the pantry corner (energy label A, about €450).", false, l.ago(40))
	spare := l.need(c, kInKind, 1, "fridges", "",
		"A working second-hand fridge as a back-up while the first one is being repaired.", true, l.ago(95))

	rota := l.commit(amara, pledge{kind: kTime, qty: 4000, need: shifts, status: binding, at: l.ago(130), due: ptr(l.in(90)),
		desc: "Coordinate the volunteer rota and do the stock check on Mondays and Thursdays."})
	power := l.commit(amara, pledge{kind: kMoney, qty: 12000, status: binding, at: l.ago(129), due: ptr(l.in(200)),
		desc: "Pay the fridge's electricity for the year, about €10 a month."})
	bread := l.commit(joris, pledge{kind: kTime, qty: 1200, status: binding, at: l.ago(50), due: ptr(l.ago(20)),
		desc: "Collect surplus bread from four bakeries with the cargo bike, twice a week until the end of the month."})
	evenings := l.commit(fatima, pledge{kind: kTime, qty: 2000, need: shifts, status: binding, at: l.ago(110), due: ptr(l.in(60)),
		desc: "Two evening shifts a week: stocking, cleaning, and talking to whoever comes by."})
	grant := l.commit(lotte, pledge{kind: kSkill, qty: 1500, status: binding, at: l.ago(100), due: ptr(l.ago(10)),
		desc: "Write the grant application for the second fridge and the report that goes with it."})
	backup := l.commit(noor, pledge{kind: kInKind, qty: 1, unit: "fridges", need: spare, status: binding, at: l.ago(90), due: ptr(l.ago(30)),
		estimated: ptr(int64(35000)), desc: "A second-hand fridge from the energy-coaching stock, checked and with energy label A."})
	l.commit(samir, pledge{kind: kTime, qty: 800, status: pending, at: l.ago(5), due: ptr(l.in(60)),
		desc: "Cook a soup from the leftover vegetables every Friday for two months."})

	l.give(rota, 500, "Set up the first rota and the WhatsApp group; two stock checks.", l.ago(88), "fatima")
	l.give(rota, 450, "Stock checks and a deep clean after the heatwave.", l.ago(70), "lotte")
	l.give(rota, 500, "Rota, stock checks, and the food-safety talk with the new volunteers.", l.ago(55), "fatima")
	l.give(rota, 400, "Stock checks and picking up the crates from the market.", l.ago(33), "joris")
	l.give(rota, 450, "Rota for the holidays; covered three empty evening shifts.", l.ago(12), "fatima")
	l.give(rota, 300, "Stock checks this week.", l.ago(2), "")

	for _, d := range []float64{85, 55, 25} {
		l.give(power, 1000, "Electricity for the fridge for the month.", l.ago(d), "lotte")
	}

	l.give(bread, 200, "Bread round: Bakkerij de Zwaan and the Turkish bakery on the Noordmolenstraat.", l.ago(45), "amara")
	l.give(bread, 200, "Bread round, two bakeries (the bike had a flat).", l.ago(38), "fatima")

	l.give(evenings, 300, "Two evening shifts.", l.ago(80), "amara")
	l.give(evenings, 300, "Two evening shifts.", l.ago(66), "amara")
	typo := l.give(evenings, 800, "Evening shifts this week.", l.ago(52), "")
	l.reverse(typo, "I typed 8 hours instead of 3 for this week's shifts; the right entry follows.", l.ago(51))
	l.give(evenings, 300, "Evening shifts this week (corrected entry).", l.ago(52), "amara")
	l.give(evenings, 300, "Two evening shifts, one with Samir visiting.", l.ago(24), "lotte")
	l.give(evenings, 300, "Two evening shifts.", l.ago(10), "")

	l.give(grant, 600, "Drafted the application to the municipal neighbourhood fund.", l.ago(85), "amara")
	l.give(grant, 500, "Budget, letters of support, and the final application.", l.ago(60), "amara")
	l.give(grant, 400, "Interim report to the fund, with the weigh-log figures.", l.ago(20), "amara")

	l.give(backup, 1, "Delivered and plugged in the back-up fridge.", l.ago(40), "amara")

	rescued := l.outcome(c, "amara", "Food rescued each month", "kg", 120, 400, domain.DirectionIncrease, ptr(l.in(200)), l.ago(100),
		"food-security", "sustainability")
	l.measure(rescued, 135, l.ago(92), "", "Weighed every delivery for a month on the bakery's scale; totals in the shared sheet.", "amara", "lotte")
	l.measure(rescued, 190, l.ago(62), "https://example.org/noord-fridge/weigh-log/2", "", "lotte", "amara", "fatima")
	l.measure(rescued, 255, l.ago(32), "https://example.org/noord-fridge/weigh-log/3", "", "amara")
	l.measure(rescued, 310, l.ago(3), "", "Weigh-log for the last month: two new bakeries and the market on Saturdays.", "lotte", "amara")

	meal := l.propose(c, "lotte", domain.ProposalGoal, "Add a weekly shared meal to our goal",
		"We rescue more bread and vegetables on Fridays than the fridge can hold, and Samir has offered to cook. "+
			"I propose we widen the goal to: \"Keep a public fridge and pantry on the Zwaanshals stocked every day, so that "+
			"surplus food reaches neighbours instead of the bin: 400 kg rescued each month by the end of the year, and one "+
			"free shared meal a week cooked from what is left over.\"",
		l.ago(4), l.in(3), domain.ProposalOpen)
	l.setProposedGoal(meal, "Keep a public fridge and pantry on the Zwaanshals stocked every day, so that surplus food reaches "+
		"neighbours instead of the bin: 400 kg rescued each month by the end of the year, and one free shared meal a week "+
		"cooked from what is left over.")
	l.comment(meal, "noor", "Love the idea, but where would we cook? The community centre kitchen is booked on Fridays.", l.ago(3.8))
	l.position(meal, "amara", domain.StanceAgree, "A meal brings in people who would never open the fridge on their own.", l.ago(3.5))
	l.comment(meal, "amara", "The church hall on the Bergweg has a kitchen and is free on Friday evenings. I can ask.", l.ago(3.4))
	l.position(meal, "fatima", domain.StanceAgree, "", l.ago(3))
	l.position(meal, "joris", domain.StanceAbstain, "Happy either way, but I can't take on Friday evenings.", l.ago(2.5))
	l.position(meal, "noor", domain.StanceDisagree, "Let's get the second fridge first; a weekly meal is a big new promise.", l.ago(2))
	l.comment(meal, "lotte", "Fair point, Noor. The grant covers the fridge by next month, so the meal would start after that.", l.ago(1.5))

	// An open proposal the demo person has not yet taken a position on, for her dashboard.
	sundays := l.propose(c, "fatima", domain.ProposalOther, "Open the pantry on Sunday mornings",
		"Sunday is when the shops are closed and the fridge is emptiest. I propose we open the pantry corner from 10:00 "+
			"to 12:00 on Sundays too; Joris and I can take the first month of shifts.",
		l.ago(1), l.in(6), domain.ProposalOpen)
	l.position(sundays, "fatima", domain.StanceAgree, "", l.ago(1))
	l.position(sundays, "joris", domain.StanceAgree, "I can bring Saturday's unsold bread.", l.ago(0.5))
}

// streetTrees is an active climate collaboration in Berlin with an adopted proposal and
// an outstanding invitation.
func (l *loader) streetTrees() {
	c := l.collaboration(collabSpec{
		slug:  "neukolln-street-trees",
		title: "Shade for Neukölln: 250 street trees",
		goal: "Plant and care for 250 street trees in north Neukölln over two planting seasons, so that the " +
			"hottest streets get shade and the neighbourhood stays liveable in the summers to come.",
		status: domain.CollaborationActive, visibility: domain.VisibilityPublic,
		place:    city("Sonnenallee, Berlin-Neukölln", 52.4797, 13.4417),
		startsAt: ptr(l.ago(130)), endsAt: ptr(l.in(400)),
		creator: "jonas", createdAt: l.ago(140), updatedAt: l.ago(48),
		values: []weighted{{"climate-action", 5}, {"biodiversity", 4}, {"community", 3}, {"health", 2}},
	})
	jonas := l.steward(c, "jonas")
	mei := l.join(c, "mei", 125)
	kofi := l.join(c, "kofi", 118)
	greta := l.join(c, "greta", 100)
	l.member(c, "tomasz", domain.MembershipMember, domain.MembershipInvited, l.ago(6), "jonas")
	l.member(c, "amara", domain.MembershipMember, domain.MembershipInvited, l.ago(2), "jonas")

	l.need(c, kTime, 20000, "", "",
		"Watering the young trees through their first summer: about 200 hours between May and September.", false, l.ago(100))
	l.need(c, kSkill, 2000, "", "arboriculture",
		"A second arborist to check the new trees after their first winter and teach volunteers formative pruning.", false, l.ago(30))
	l.need(c, kMoney, 500000, "", "",
		"Tree-pit guards and soil for the 100 trees the district does not pay for (€5,000).", false, l.ago(60))
	l.need(c, kInKind, 120, "watering bags", "",
		"Slow-release watering bags, one for each young tree.", false, l.ago(60))

	plant := l.commit(jonas, pledge{kind: kTime, qty: 8000, status: binding, at: l.ago(140), due: ptr(l.in(120)),
		desc: "Lead the planting days and train volunteers in tree care."})
	sensors := l.commit(mei, pledge{kind: kSkill, qty: 3000, status: binding, at: l.ago(125), due: ptr(l.in(30)),
		desc: "Install temperature loggers on the planted streets and publish the readings every month."})
	design := l.commit(kofi, pledge{kind: kSkill, qty: 2500, status: binding, at: l.ago(118), due: ptr(l.in(45)),
		desc: "Design the tree pits and the planting plan street by street."})
	intros := l.commit(greta, pledge{kind: kGoodwill, qty: 10, unit: "introductions", status: binding, at: l.ago(100), due: ptr(l.in(60)),
		desc: "Introduce us to the landlords and housing associations on the streets we plant."})

	l.give(plant, 800, "Planting day on the Weserstraße: 22 trees, 35 volunteers.", l.ago(82), "kofi")
	l.give(plant, 1000, "Planting day on the Sonnenallee and the Pannierstraße: 39 trees.", l.ago(47), "greta")
	l.give(plant, 600, "Winter check of every tree planted so far, and a pruning workshop.", l.ago(12), "mei")

	l.give(sensors, 500, "Installed 12 temperature loggers on lamp posts along the Sonnenallee.", l.ago(75), "jonas")
	l.give(sensors, 400, "Cleaned and published the first month of readings.", l.ago(40), "jonas")
	l.give(sensors, 300, "Monthly readings and a map of the hottest blocks.", l.ago(6), "")

	l.give(design, 800, "Tree-pit designs for the Weserstraße and the Pannierstraße.", l.ago(70), "jonas")
	l.give(design, 400, "Planting plan for the second season.", l.ago(28), "greta")

	l.give(intros, 2, "Introduced us to the two biggest landlords on the Sonnenallee.", l.ago(78), "jonas")
	l.give(intros, 1, "Introduced us to the housing co-operative on the Weserstraße.", l.ago(44), "kofi")
	l.give(intros, 1, "Introduced us to the school caretaker who has the water hose key.", l.ago(9), "")

	trees := l.outcome(c, "jonas", "Street trees planted", "trees", 0, 250, domain.DirectionIncrease, ptr(l.in(400)), l.ago(120),
		"climate-action", "biodiversity")
	l.measure(trees, 22, l.ago(81), "https://example.org/neukoelln-trees/planting-day-1", "", "jonas", "kofi")
	l.measure(trees, 61, l.ago(46), "https://example.org/neukoelln-trees/planting-day-2", "", "jonas")
	l.measure(trees, 84, l.ago(11), "", "Counted on the winter check: 84 trees in the ground, all alive.", "greta", "jonas", "mei")

	rota := l.propose(c, "greta", domain.ProposalOther, "Each member adopts a street for watering",
		"Last summer the watering fell on whoever happened to pass by. I propose that each of us adopts a street, "+
			"finds two neighbours to share it with, and keeps a simple log on the tree tags.",
		l.ago(55), l.ago(48), domain.ProposalAdopted)
	l.position(rota, "greta", domain.StanceAgree, "", l.ago(55))
	l.comment(rota, "jonas", "Yes. I'll take the Weserstraße, it has the most young trees.", l.ago(54))
	l.position(rota, "jonas", domain.StanceAgree, "", l.ago(54))
	l.position(rota, "mei", domain.StanceAgree, "I can add soil-moisture readings to the sensor map so we see which street is thirsty.", l.ago(53))
	l.position(rota, "kofi", domain.StanceAgree, "", l.ago(52))
}

// repairAtlas is a remote open-knowledge collaboration still forming, with conditional
// commitments waiting for a sixth member and an open proposal about the licence.
func (l *loader) repairAtlas() {
	c := l.collaboration(collabSpec{
		slug:  "open-repair-atlas",
		title: "Open Repair Atlas",
		goal: "Write and publish 500 openly licensed, illustrated repair guides for the household appliances people " +
			"most often throw away, so that anyone can fix a kettle, a toaster or a vacuum cleaner without the maker's help.",
		status: domain.CollaborationForming, visibility: domain.VisibilityPublic, remote: true,
		startsAt: ptr(l.in(30)), endsAt: ptr(l.in(395)),
		creator: "priya", createdAt: l.ago(45),
		values: []weighted{{"open-knowledge", 5}, {"sustainability", 4}, {"self-reliance", 3}, {"craftsmanship", 3}},
	})
	priya := l.steward(c, "priya")
	yusuf := l.join(c, "yusuf", 40)
	lauri := l.join(c, "lauri", 35)
	marek := l.join(c, "marek", 30)
	amara := l.join(c, "amara", 20)

	writing := l.need(c, kSkill, 10000, "", "technical writing",
		"Writers to turn repair-café notes into clear step-by-step guides: about 100 hours for the first 50 guides.", false, l.ago(44))
	l.need(c, kSkill, 3000, "", "translation",
		"Translating the first 50 guides into French, Spanish and Arabic.", false, l.ago(30))
	broken := l.need(c, kInKind, 30, "broken appliances", "",
		"Broken kettles, toasters and hand blenders to take apart and photograph.", false, l.ago(40))

	guides := l.commit(priya, pledge{kind: kSkill, qty: 4000, need: writing, status: binding, at: l.ago(45), due: ptr(l.in(120)),
		desc: "Write the first 20 guides, kettles and toasters first."})
	photos := l.commit(yusuf, pledge{kind: kTime, qty: 2000, status: binding, at: l.ago(40), due: ptr(l.in(90)),
		desc: "Take apart and photograph appliances at the Ghent repair café."})
	kettles := l.commit(yusuf, pledge{kind: kInKind, qty: 12, unit: "broken appliances", need: broken, status: binding, at: l.ago(40), due: ptr(l.in(30)),
		desc: "Broken appliances left at the repair café that nobody came back for."})
	l.commit(lauri, pledge{kind: kSkill, qty: 2000, need: writing, status: pending, threshold: 6, at: l.ago(35), due: ptr(l.in(150)),
		desc: "Set up the guide website and edit the guides for a consistent style, once six of us have committed."})
	l.commit(marek, pledge{kind: kSkill, qty: 3000, status: pending, threshold: 6, at: l.ago(30), due: ptr(l.in(150)),
		desc: "Draw the exploded diagrams for the first 30 guides, once six of us have committed."})
	hosting := l.commit(amara, pledge{kind: kMoney, qty: 2500, status: binding, at: l.ago(20), due: ptr(l.ago(10)),
		desc: "Hosting and the domain name for the first year."})

	l.give(guides, 600, "Wrote and tested guides 1–4: descaling a kettle and replacing its thermostat and switch.", l.ago(25), "yusuf")
	l.give(guides, 300, "Drafted guide 5: a toaster that won't stay down.", l.ago(4), "")
	l.give(photos, 400, "Took apart and photographed three kettles and a toaster.", l.ago(18), "priya")
	l.give(kettles, 7, "Seven appliances from the repair-café shelf, sent to Amsterdam.", l.ago(18), "priya")
	l.give(hosting, 2500, "Paid a year of hosting and the domain.", l.ago(15), "priya")

	licence := l.propose(c, "lauri", domain.ProposalOther, "Publish every guide under CC BY-SA 4.0",
		"We should settle the licence before anyone writes more. CC BY-SA 4.0 lets anyone copy, translate and improve "+
			"the guides, and keeps every improvement open. Manufacturers could still use them, as long as they share alike.",
		l.ago(6), l.in(8), domain.ProposalOpen)
	l.position(licence, "priya", domain.StanceAgree, "It's what iFixit and most repair cafés use, so guides can move between them.", l.ago(5))
	l.comment(licence, "marek", "Can the drawings be under the same licence? I'd like my name on them, which BY should cover.", l.ago(5))
	l.comment(licence, "lauri", "Yes: BY means attribution, so your name stays on every copy.", l.ago(4.5))
	l.position(licence, "marek", domain.StanceAgree, "", l.ago(4))
	l.position(licence, "yusuf", domain.StanceAbstain, "Fine by me, but I don't know licences well enough to have a view.", l.ago(3))
	l.position(licence, "amara", domain.StanceAgree, "", l.ago(2))
}
