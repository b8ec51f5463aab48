package demo

import (
	"time"

	"kindred/domain"
)

// place is a location; geo says whether it has coordinates.
type place struct {
	name     string
	lat, lng float64
	geo      bool
}

func city(name string, lat, lng float64) place {
	return place{name: name, lat: lat, lng: lng, geo: true}
}

var (
	rotterdam  = city("Rotterdam, Netherlands", 51.9244, 4.4777)
	schiedam   = city("Schiedam, Netherlands", 51.9192, 4.3886)
	amsterdam  = city("Amsterdam, Netherlands", 52.3676, 4.9041)
	berlin     = city("Berlin, Germany", 52.5200, 13.4050)
	neukolln   = city("Neukölln, Berlin, Germany", 52.4811, 13.4354)
	leipzig    = city("Leipzig, Germany", 51.3397, 12.3731)
	porto      = city("Porto, Portugal", 41.1579, -8.6291)
	lisbon     = city("Lisbon, Portugal", 38.7223, -9.1393)
	ghent      = city("Ghent, Belgium", 51.0543, 3.7174)
	barcelona  = city("Barcelona, Spain", 41.3874, 2.1686)
	lyon       = city("Lyon, France", 45.7640, 4.8357)
	bologna    = city("Bologna, Italy", 44.4949, 11.3426)
	nairobi    = city("Nairobi, Kenya", -1.2921, 36.8219)
	helsinki   = city("Helsinki, Finland", 60.1699, 24.9384)
	krakow     = city("Kraków, Poland", 50.0647, 19.9450)
	dublin     = place{name: "Dublin, Ireland"}
	utrecht    = place{name: "Utrecht, Netherlands"}
	manchester = place{name: "Manchester, UK"}
)

// held is a value a person holds: slug, strength 1–5 and why it matters to them.
type held struct {
	slug     string
	strength int
	why      string
}

// personSpec describes a demo person; joined is how many days ago they signed up.
type personSpec struct {
	handle, name, bio string
	place             place
	remote            bool
	skills            []string
	visibility        domain.Visibility
	joined            float64
	values            []held
}

// The demo community. Value profiles overlap in four clusters — food and community
// (Rotterdam), climate and nature (Berlin, Rotterdam), education and youth (Porto), open
// knowledge and repair (remote) — and a few people bridge two of them.
var people = []personSpec{
	// Food and community.
	{
		handle: "amara", name: "Amara Okafor", place: rotterdam, remote: true, joined: 240,
		bio:    "I run the community fridge in Noord and cook far too much on Sundays. Trained as a logistics planner; these days I plan routes for surplus bread.",
		skills: []string{"logistics", "community organising", "cooking", "event planning"},
		values: []held{
			{"food-security", 5, "I grew up in a house where the last week of the month was lean. Nobody should go hungry next to a bin full of good bread."},
			{"community", 5, "The fridge taught me that neighbours who share food start sharing everything else."},
			{"sustainability", 4, "A third of all food is thrown away. Rescuing it is the most direct climate work I know."},
			{"climate-action", 3, "I want my street to be ready for the summers that are coming."},
			{"cooperation", 3, "Nothing I care about can be done alone."},
			{"generosity", 3, "What I give away always seems to come back, usually as soup."},
		},
	},
	{
		handle: "joris", name: "Joris van Dijk", place: rotterdam, joined: 230,
		bio:    "Third-generation baker on the Zwartjanstraat. I ride a cargo bike and have opinions about sourdough.",
		skills: []string{"baking", "driving", "food safety"},
		values: []held{
			{"local-economy", 5, "Every euro spent at the corner shop stays in the neighbourhood a little longer."},
			{"food-security", 4, "Bread left at closing time should feed someone, not a skip."},
			{"community", 4, "My customers are my neighbours; I know their children's names and their favourite loaf."},
			{"craftsmanship", 3, "Good bread takes time, and so does a good street."},
		},
	},
	{
		handle: "fatima", name: "Fatima El Amrani", place: rotterdam, joined: 220,
		bio:    "Social worker in Rotterdam-Noord. I translate between Dutch, Arabic and French, and sometimes between the council and everyone else.",
		skills: []string{"social work", "translation", "conflict mediation", "outreach"},
		values: []held{
			{"compassion", 5, "I see every day how one kind, practical gesture changes a week for a family."},
			{"solidarity", 5, "Their struggle is my struggle; that is how I was raised."},
			{"food-security", 4, "Food is where help starts, because hunger does not wait."},
			{"community", 4, "A neighbourhood is only as strong as the people who knock on each other's doors."},
			{"inclusion", 3, "The people who need the fridge most are often the last to hear about it."},
		},
	},
	{
		handle: "lotte", name: "Lotte Bakker", place: rotterdam, joined: 210,
		bio:    "Fundraiser for small charities by day. I like a clean budget and a clear report.",
		skills: []string{"grant writing", "fundraising", "reporting"},
		values: []held{
			{"accountability", 5, "If people trust us with money or food, they deserve to see exactly where it went."},
			{"community", 4, "I moved here knowing nobody; the neighbourhood made me at home."},
			{"transparency", 3, "Open books make for open doors."},
			{"food-security", 3, "Grants are boring until they pay for a second fridge."},
			{"local-economy", 3, ""},
		},
	},
	{
		handle: "samir", name: "Samir Haddad", place: rotterdam, joined: 60,
		bio:    "Chef. I cook for forty on a Friday without blinking, and I hate seeing vegetables wasted.",
		skills: []string{"cooking", "catering", "food safety"},
		values: []held{
			{"hospitality", 5, "A shared table is where strangers become neighbours."},
			{"food-security", 5, "Soup from leftovers is the oldest kind of justice."},
			{"community", 4, "In my kitchen nobody is a stranger for longer than one meal."},
			{"generosity", 4, "Feeding people is how my family says I love you."},
		},
	},
	{
		handle: "henk", name: "Henk de Vries", place: schiedam, joined: 200,
		bio:    "Retired accountant and allotment gardener. Happy to do anyone's books if they bring tomatoes.",
		skills: []string{"bookkeeping", "tax returns", "gardening"},
		values: []held{
			{"honesty", 5, "Forty years of audits taught me that trust is kept in the small numbers."},
			{"generosity", 4, "I have more time than I need now, so I give it away."},
			{"community", 4, "After my wife died, the allotment neighbours kept me going. I owe them."},
			{"food-security", 3, "Half my allotment harvest goes to the food bank every August."},
			{"elder-care", 2, ""},
		},
	},
	{
		handle: "ines", name: "Inês Carvalho", place: lisbon, joined: 150,
		bio:    "I coordinate a neighbourhood kitchen in Arroios that cooks 300 meals a week from rescued produce.",
		skills: []string{"cooking", "volunteer coordination", "portuguese"},
		values: []held{
			{"food-security", 5, "A city that wastes food and lets people go hungry has its priorities upside down."},
			{"solidarity", 4, "Solidarity, not charity: we cook together and we eat together."},
			{"hospitality", 4, "Everyone who walks into our kitchen gets a chair and a plate before any questions."},
			{"community", 4, "Our kitchen is the one place in the street where everyone says hello."},
		},
	},

	// Climate and nature.
	{
		handle: "jonas", name: "Jonas Weber", place: neukolln, joined: 235,
		bio:    "Urban forester with the district. I count trees for a living and plant them for fun.",
		skills: []string{"arboriculture", "tree planting", "gis"},
		values: []held{
			{"climate-action", 5, "The heat summers of the last years were a warning. Shade is climate adaptation you can stand under."},
			{"biodiversity", 5, "A lime tree is a whole city for insects and birds."},
			{"stewardship", 4, "Planting is the easy part; caring for a tree for ten years is the work."},
			{"sustainability", 4, "I want the trees we plant now to outlive me by a century."},
			{"resilience", 3, ""},
		},
	},
	{
		handle: "mei", name: "Mei Lin Chen", place: berlin, remote: true, joined: 190,
		bio:    "Climate data analyst. I put cheap temperature sensors on lamp posts and publish everything they measure.",
		skills: []string{"data analysis", "python", "gis", "sensor networks"},
		values: []held{
			{"climate-action", 5, "I want us to measure what we change, not just feel good about it."},
			{"open-knowledge", 4, "Data paid for by the public should be open to the public."},
			{"curiosity", 4, "Every dataset is a question someone has not asked yet."},
			{"sustainability", 4, "Living within limits is a design problem, and I like design problems."},
			{"transparency", 2, ""},
		},
	},
	{
		handle: "kofi", name: "Kofi Mensah", place: berlin, joined: 180,
		bio:    "Landscape architect. I design tree pits, rain gardens and the odd playground.",
		skills: []string{"landscape design", "design", "permits"},
		values: []held{
			{"biodiversity", 4, "Cities can be richer in species than farmland if we let them."},
			{"climate-action", 4, "I design for the climate we will have, not the one we used to have."},
			{"creativity", 4, "Every street is a blank drawing waiting for a better idea."},
			{"community", 3, ""},
			{"health", 3, "Green streets are where people walk, and walking keeps people well."},
		},
	},
	{
		handle: "greta", name: "Greta Lindqvist", place: neukolln, joined: 170,
		bio:    "Tenant organiser on the neighbourhood council. I know every landlord on Sonnenallee by name.",
		skills: []string{"community organising", "public speaking", "permits"},
		values: []held{
			{"democracy", 4, "The people who live on a street should decide what happens to it."},
			{"climate-action", 4, "My neighbours are old and the flats get to 34 degrees. This is personal."},
			{"community", 4, "I have lived on this street for thirty years and I still meet someone new every week."},
			{"health", 3, "Heat kills quietly, mostly old people living alone."},
		},
	},
	{
		handle: "tomasz", name: "Tomasz Nowak", place: leipzig, remote: true, joined: 160,
		bio:    "Electrician and solar installer. I teach neighbours to do the safe half of the job themselves.",
		skills: []string{"electrical installation", "solar pv", "carpentry"},
		values: []held{
			{"climate-action", 5, "Every roof without panels is a missed chance."},
			{"self-reliance", 4, "I want people to own their energy, not rent it."},
			{"craftsmanship", 4, "I would rather do one installation properly than three quickly."},
			{"local-economy", 3, ""},
		},
	},
	{
		handle: "ruben", name: "Ruben Pinas", place: rotterdam, joined: 205,
		bio:    "Electrician from Zuid. I fitted my first solar panel at sixteen and have not stopped since.",
		skills: []string{"electrical installation", "solar pv", "carpentry"},
		values: []held{
			{"craftsmanship", 5, "A job done properly lasts twenty-five years; that is my kind of climate action."},
			{"climate-action", 4, "Every panel I fit is a little less coal burnt."},
			{"self-reliance", 4, "The neighbourhood should make its own power."},
			{"local-economy", 4, "I hire apprentices from the street I grew up on."},
			{"community", 3, ""},
		},
	},
	{
		handle: "noor", name: "Noor Hassan", place: rotterdam, joined: 225,
		bio:    "Energy coach. I visit draughty homes in Zuid with a thermal camera and a bag of draught strips.",
		skills: []string{"energy audits", "workshops", "arabic"},
		values: []held{
			{"climate-action", 5, "The cheapest energy is the energy a leaky house no longer needs."},
			{"sustainability", 5, "I want my children to inherit a city they can breathe in."},
			{"equality", 3, "Energy poverty hits the people who did least to cause the crisis."},
			{"housing", 3, "A warm home is not a luxury."},
			{"community", 3, "Neighbours believe neighbours, not leaflets."},
		},
	},
	{
		handle: "elena", name: "Elena Rossi", place: bologna, remote: true, joined: 140,
		bio:    "Ecologist. I survey pollinators in city parks and help councils choose trees that bees like.",
		skills: []string{"botany", "arboriculture", "ecology surveys", "photography"},
		values: []held{
			{"biodiversity", 5, "When the bees go, a lot else goes with them."},
			{"animal-welfare", 4, "Cities are full of animals we forget to plan for."},
			{"sustainability", 4, "We borrow this place from the species that come after us."},
			{"curiosity", 3, "I still get excited about a beetle I have never seen."},
			{"simplicity", 2, ""},
		},
	},
	{
		handle: "aoife", name: "Aoife Byrne", place: dublin, joined: 120, visibility: domain.VisibilityPrivate,
		bio:    "Sustainability consultant. Here to follow a few projects quietly.",
		skills: []string{"carbon accounting", "reporting"},
		values: []held{
			{"accountability", 4, ""},
			{"sustainability", 4, ""},
			{"climate-action", 3, ""},
			{"transparency", 3, ""},
		},
	},

	// Education and youth.
	{
		handle: "rui", name: "Rui Almeida", place: porto, joined: 215,
		bio:    "Software developer who taught himself to code at a library computer. Now I run a code club so teenagers don't have to do it alone.",
		skills: []string{"python", "teaching", "web development"},
		values: []held{
			{"education", 5, "A library computer changed my life. I want every kid in Campanhã to get that chance."},
			{"youth", 5, "Teenagers are written off far too early."},
			{"mentorship", 4, "Someone believed in me once; I owe it forward."},
			{"inclusion", 4, "The kids who need the club most are the ones least likely to hear about it."},
			{"open-knowledge", 3, "Everything we teach is free software, on purpose."},
		},
	},
	{
		handle: "beatriz", name: "Beatriz Sousa", place: porto, joined: 190,
		bio:    "Maths teacher at a secondary school in eastern Porto. I bring the biscuits.",
		skills: []string{"teaching", "curriculum design", "mathematics"},
		values: []held{
			{"education", 5, "Maths is a door, and too many kids are told it is a wall."},
			{"equality", 4, "Talent is everywhere; opportunity is not."},
			{"youth", 4, "My students are smarter than they are ever told."},
			{"curiosity", 3, ""},
		},
	},
	{
		handle: "tiago", name: "Tiago Ferreira", place: porto, remote: true, joined: 175,
		bio:    "Indie game developer. Nothing gets a fourteen-year-old to learn loops faster than making a game.",
		skills: []string{"game development", "javascript", "illustration"},
		values: []held{
			{"creativity", 5, "Making things is the best way to learn anything."},
			{"mentorship", 4, "I had a mentor at fifteen who let me break his code. I try to be that person."},
			{"education", 3, ""},
			{"arts-and-culture", 3, "Games are culture, and kids should make it, not only consume it."},
			{"youth", 3, "Teenagers build the strangest, best games when nobody tells them what a game should be."},
		},
	},
	{
		handle: "ana", name: "Ana Martins", place: porto, joined: 165,
		bio:    "Youth worker at the parish youth centre. I know which kids are in trouble before they do.",
		skills: []string{"youth work", "event planning", "first aid"},
		values: []held{
			{"youth", 5, "Young people need places where someone expects them to show up."},
			{"inclusion", 5, "The quiet kid at the back is the one I go and sit with."},
			{"community", 4, "A youth centre is a community's living room."},
			{"wellbeing", 4, "A teenager who feels safe somewhere on a Saturday has a better week."},
			{"education", 3, ""},
		},
	},
	{
		handle: "diego", name: "Diego Fernández", place: barcelona, remote: true, joined: 130,
		bio:    "Data scientist, volunteer tutor, and the person who always says 'let's plot it'.",
		skills: []string{"python", "data analysis", "spanish", "teaching"},
		values: []held{
			{"mentorship", 5, "The best hour of my week is the one I spend with a student who just got it."},
			{"education", 4, "Learning should never depend on what your parents can pay."},
			{"open-knowledge", 4, "I learned everything from free courses; I want to give that back."},
			{"curiosity", 4, "The best question in class is usually the one someone was afraid to ask."},
			{"youth", 3, ""},
		},
	},
	{
		handle: "wanjiru", name: "Wanjiru Kamau", place: nairobi, remote: true, joined: 155,
		bio:    "I run robotics clubs for girls in Nairobi and mentor club leaders elsewhere online.",
		skills: []string{"robotics", "teaching", "grant writing"},
		values: []held{
			{"education", 5, "Education changed what my mother thought was possible for me."},
			{"equality", 5, "Girls are as good at this as boys; they just get told so less often."},
			{"youth", 4, "Teenagers build better robots than adults, because they are not afraid to break them."},
			{"inclusion", 4, "If a girl can't see someone like her doing it, she won't try."},
			{"courage", 3, ""},
		},
	},
	{
		handle: "chloe", name: "Chloé Martin", place: lyon, joined: 145,
		bio:    "Librarian in Lyon. I run reading circles and a repair-and-read afternoon.",
		skills: []string{"cataloguing", "reading programmes", "french"},
		values: []held{
			{"education", 4, "Libraries are the last free indoor places, and I want them full."},
			{"open-knowledge", 4, "Knowledge locked behind a paywall is knowledge lost."},
			{"curiosity", 4, "I became a librarian because I could not stop asking questions."},
			{"inclusion", 3, "A library card is the most democratic thing in any wallet."},
			{"arts-and-culture", 3, ""},
		},
	},

	// Open knowledge and repair.
	{
		handle: "priya", name: "Priya Raman", place: amsterdam, remote: true, joined: 200,
		bio:    "Hardware engineer who organises the monthly repair café in Oost. I have fixed over four hundred kettles.",
		skills: []string{"electronics repair", "technical writing", "soldering"},
		values: []held{
			{"open-knowledge", 5, "A repair manual should belong to everyone who owns the thing."},
			{"sustainability", 4, "The greenest kettle is the one you already have."},
			{"self-reliance", 4, "Knowing how a thing works means it cannot hold you hostage."},
			{"craftsmanship", 4, "Fixing something well is quietly satisfying."},
			{"community", 3, "The repair café is really a tea party that happens to fix toasters."},
		},
	},
	{
		handle: "lauri", name: "Lauri Virtanen", place: helsinki, remote: true, joined: 185,
		bio:    "Open-source maintainer and documentation nerd. I write the docs nobody else wants to write.",
		skills: []string{"go", "technical writing", "documentation"},
		values: []held{
			{"open-knowledge", 5, "Software and knowledge get better when everyone can read and fix them."},
			{"digital-rights", 5, "If you cannot repair it, you do not really own it."},
			{"transparency", 4, "If the process is not visible, it is not trustworthy."},
			{"cooperation", 3, "Open source taught me that strangers can build great things together."},
			{"craftsmanship", 3, ""},
		},
	},
	{
		handle: "marek", name: "Marek Kowalski", place: krakow, remote: true, joined: 175,
		bio:    "Technical illustrator. Exploded diagrams are my love language.",
		skills: []string{"illustration", "technical drawing", "design"},
		values: []held{
			{"craftsmanship", 5, "A good drawing explains what a page of text cannot."},
			{"open-knowledge", 4, "I want my drawings to be copied, improved and used long after I stop drawing."},
			{"creativity", 4, "Even a diagram of a toaster can be beautiful."},
			{"simplicity", 3, "Less stuff, better made, kept longer."},
		},
	},
	{
		handle: "sofia", name: "Sofía Delgado", place: barcelona, remote: true, joined: 160, visibility: domain.VisibilityMembers,
		bio:    "Digital rights lawyer. I read licences so that you don't have to.",
		skills: []string{"licensing", "law", "policy writing"},
		values: []held{
			{"digital-rights", 5, "Our rights should not end where the screen begins."},
			{"freedom", 4, "Freedom to tinker is freedom to learn."},
			{"open-knowledge", 4, "The commons only works if the licences are right."},
			{"justice", 4, "The law should protect the small user, not only the big platform."},
			{"democracy", 3, ""},
		},
	},
	{
		handle: "seun", name: "Oluwaseun Adeyemi", place: manchester, remote: true, joined: 135,
		bio:    "Wikipedia editor and translator (English, Yoruba, French). Librarian at heart.",
		skills: []string{"translation", "wiki editing", "yoruba"},
		values: []held{
			{"open-knowledge", 5, "Knowledge should exist in every language, including my grandmother's."},
			{"education", 4, "I taught myself French from library books. Everyone deserves that chance."},
			{"inclusion", 3, ""},
			{"cooperation", 3, "Wikipedia shows that millions of strangers can agree on something, slowly."},
			{"curiosity", 3, ""},
		},
	},
	{
		handle: "hannah", name: "Hannah Schmidt", place: utrecht, remote: true, joined: 125, visibility: domain.VisibilityMembers,
		bio:    "UX designer focused on accessibility. If your grandmother can't use it, it's not done.",
		skills: []string{"design", "user research", "accessibility"},
		values: []held{
			{"inclusion", 4, "Design that excludes anyone is unfinished design."},
			{"creativity", 4, "Good design is kindness made visible."},
			{"open-knowledge", 3, ""},
			{"respect", 3, "Respecting users means not wasting their time or their trust."},
			{"transparency", 2, ""},
		},
	},
	{
		handle: "yusuf", name: "Yusuf Demir", place: ghent, joined: 195,
		bio:    "Bike mechanic who runs the Saturday repair café in Ghent. Ask me about bottom brackets.",
		skills: []string{"bike repair", "welding", "teaching", "electronics repair"},
		values: []held{
			{"self-reliance", 5, "Knowing how to fix your own bike is a small kind of freedom."},
			{"sustainability", 4, "A bike repaired is a car journey avoided."},
			{"craftsmanship", 4, "I judge a city by how many people in it can use a spanner."},
			{"community", 3, "Half the people at the repair café come for the conversation, and that is fine."},
			{"youth", 2, ""},
		},
	},
}

// loadPeople creates every demo person and the values they hold.
func (l *loader) loadPeople() {
	for i, s := range people {
		if l.err != nil {
			return
		}
		if len(s.values) > domain.MaxValuesPerPerson {
			l.fail("%s holds %d values", s.handle, len(s.values))
			return
		}
		vis := s.visibility
		if vis == "" {
			vis = domain.VisibilityPublic
		}
		skills := s.skills
		if skills == nil {
			skills = []string{}
		}
		joined := l.ago(s.joined).Add(time.Duration(i*37) * time.Minute)
		p := &domain.Person{
			Handle: s.handle, DisplayName: s.name, Email: s.handle + "@example.org",
			// The demo's people confirmed their addresses when they joined.
			EmailVerifiedAt: &joined,
			PasswordHash:    l.hash, Bio: s.bio, Location: s.place.name, RemoteFriendly: s.remote,
			Skills: skills, Visibility: vis, Role: domain.RoleMember,
			CreatedAt: joined, UpdatedAt: joined.Add(72 * time.Hour),
		}
		if s.place.geo {
			p.Latitude, p.Longitude = ptr(s.place.lat), ptr(s.place.lng)
		}
		l.create("person "+s.handle, p)
		l.people[s.handle] = p.ID
		l.sum.People++
		l.activity(0, p.ID, "person.signed_up", "Person", p.ID, joined)
		for j, h := range s.values {
			when := joined.Add(time.Duration(j+1) * time.Hour)
			pv := &domain.PersonValue{PersonID: p.ID, ValueID: l.value(h.slug), Strength: h.strength, Statement: h.why, CreatedAt: when, UpdatedAt: when}
			l.create("person value", pv)
		}
	}
}
