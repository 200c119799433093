"""Batch B templates: the sealed check.  Written before batch A's failures were read and run once before any
rule was built on it (figures in tests/test_redteam_conversations.py); shares no template with templates_a.py.

Placeholders as in templates_a.py.
"""

# ---------------------------------------------------------------------------------------------------
# 1. homonym
# ---------------------------------------------------------------------------------------------------
HOMONYM_GENERIC = [
    {"cat": "street", "slot": "family", "q": "Are there any decent coffee places on {W} Lane?",
     "a": "{W} Lane has two independent cafés near the bus stop and a bakery that does good flat whites. Most open at "
          "7.30 am on weekdays. Seating is limited, so mornings can be tight."},
    {"cat": "street", "slot": "family", "q": "The bin lorry skipped {W} Close again this week. Who do I call?",
     "a": "Report a missed bin collection on {W} Close through your council's website or waste line, ideally within two "
          "working days. Leave the bin out until it is collected. If it keeps happening, ask for the crew to be reminded."},
    {"cat": "street", "slot": "any", "q": "whats the speed limit on {W} drive, feels like people go way too fast",
     "a": "Residential roads like {W} Drive are usually limited to 20 or 30 mph; look for the repeater signs on lamp posts. "
          "If drivers regularly speed, ask the council about traffic calming or a speed survey. Community speed-watch groups "
          "can also help."},
    {"cat": "school", "slot": "family", "q": "Does {W} Academy have a good sixth form?",
     "a": "{W} Academy's sixth form is small but has good results in maths and the sciences. It offers about twenty A-level "
          "subjects. Visit on the open evening to talk to current students."},
    {"cat": "college", "slot": "family", "q": "Is {W} College a good place to do an apprenticeship in plumbing?",
     "a": "{W} College runs a well-regarded plumbing apprenticeship with placements at local firms. Most apprentices spend "
          "one day a week in college and the rest on site. The course takes about three years."},
    {"cat": "clinic", "slot": "family", "q": "How early should I get to the {W} Clinic for a blood test?",
     "a": "The {W} Clinic runs blood tests as walk-ins from 8 am, and queues build quickly, so arriving ten minutes before "
          "opening is wise. Bring your request form. If you need to fast, stop eating twelve hours before."},
    {"cat": "team", "slot": "family", "q": "Who's the manager of {W} Athletic at the moment?",
     "a": "{W} Athletic changed manager in the summer after a poor run, and the new coach was promoted from the under-21s. "
          "Check the club's website for the latest, as lower-league clubs change managers often. Early results have been mixed."},
    {"cat": "team", "slot": "given", "q": "I just joined a pub darts team called the {W} Bombers. What are the basic rules of 501?",
     "a": "In 501 each player starts on 501 and subtracts the score of each three-dart throw. You must finish exactly on "
          "zero, with the last dart in a double. Good luck with the {W} Bombers!"},
    {"cat": "boat", "slot": "given", "q": "We're chartering a yacht called the {W} in Croatia. What should I pack?",
     "a": "For a week on the {W}, pack soft bags rather than suitcases, non-marking deck shoes, sun cream and a light "
          "waterproof. Bring seasickness tablets just in case. Most charter yachts have bedding but check about towels."},
    {"cat": "ship", "slot": "family", "q": "Is the wreck of the SS {W} safe to dive?",
     "a": "The wreck of the SS {W} lies at about 30 metres, so it is a dive for advanced, certified divers. Currents can be "
          "strong, so go with a local operator who knows the tides. Never enter the hull without wreck training."},
    {"cat": "storm", "slot": "given", "q": "Will Storm {W} affect flights out of Dublin tomorrow?",
     "a": "Storm {W} is forecast to bring strong winds, so some flights from Dublin may be delayed or cancelled. Check your "
          "airline's app before leaving for the airport. Airlines usually let you rebook free when a storm is named."},
    {"cat": "storm", "slot": "given",
     "q": "my insurance company says Cyclone {W} damage isn't covered because of 'flood exclusions'. can they do that??",
     "a": "Many policies do exclude flood, but storm damage from wind or rain coming through a damaged roof is often "
          "covered separately. Ask for the decision in writing and the exact clause. If you disagree, use the insurer's "
          "complaints process and then the financial ombudsman."},
    {"cat": "pet", "slot": "given", "q": "My rabbit {W} keeps thumping at night. Why?",
     "a": "Rabbits thump their back feet to warn of danger, so {W} may be hearing foxes, cats or noises outside. Moving the "
          "hutch somewhere quieter or covering part of it can help. Thumping can also mean annoyance, so check food and water."},
    {"cat": "pet", "slot": "given", "q": "Our parrot {W} has started plucking his feathers. What should we do?",
     "a": "Feather plucking can come from boredom, stress, diet or illness, so a check-up with an avian vet is the first "
          "step. Give {W} plenty of toys to shred and time out of the cage. Keep his routine and sleep hours steady."},
    {"cat": "horse", "slot": "given", "q": "my pony {W} won't stand still for the farrier, any tips",
     "a": "Practise picking up {W}'s feet every day so it becomes routine, and reward calm standing. Ask the farrier to "
          "come when the pony is relaxed, not at feeding time. A familiar companion nearby often helps."},
    {"cat": "product", "slot": "any", "q": "Is the {W} air fryer worth buying or should I get a bigger one?",
     "a": "The {W} air fryer's basket is about 4 litres, fine for two people but tight for a family. It cooks evenly and is "
          "easy to clean. For four or more, go for a 6-litre or dual-basket model."},
    {"cat": "product", "slot": "family", "q": "My {W} washing machine won't drain. What do I check first?",
     "a": "Switch the {W} washing machine off and check the drain filter, usually behind a small flap at the front bottom. "
          "Put a towel down first, as water will come out. Also check the drain hose for kinks."},
    {"cat": "software", "slot": "any", "q": "How do I export my notes from {W} to a PDF?",
     "a": "In {W}, open the note, choose Share or the three-dot menu, then Export and PDF. For several notes, select them "
          "first and export them together. Older versions may only offer print to PDF."},
    {"cat": "company", "slot": "family", "q": "Has anyone heard of {W} Removals? They're the cheapest quote I got.",
     "a": "Check {W} Removals' reviews on independent sites and confirm they have goods-in-transit insurance. A very low "
          "quote sometimes leaves out packing or extra hours. Ask for the quote in writing with everything included."},
    {"cat": "law_firm", "slot": "family", "q": "{W} Solicitors sent me a letter about an unpaid parking charge. Is it a scam?",
     "a": "Some letters are real debt-collection letters and some are scams, so don't pay through any link in the letter. "
          "Look up {W} Solicitors independently and check they are registered with the Solicitors Regulation Authority. "
          "If the charge is genuine, you can still dispute it."},
    {"cat": "restaurant", "slot": "given", "q": "Is Chez {W} good for a first date?",
     "a": "Chez {W} is a small bistro with candlelit tables and a short French menu, so it suits a first date. It can be "
          "noisy on Saturdays, so a weekday is calmer. Booking ahead is essential."},
    {"cat": "cafe", "slot": "given", "q": "Does {W}'s Kitchen on the corner do gluten-free options?",
     "a": "{W}'s Kitchen marks gluten-free dishes on its menu and has gluten-free bread for sandwiches. The kitchen is not "
          "fully gluten-free, so tell staff if you have coeliac disease. Their salads and soups are safe bets."},
    {"cat": "album", "slot": "given", "q": "What's the best track on the album \"{W}\"? My friend keeps recommending it.",
     "a": "Opinions differ, but the title track of \"{W}\" tends to be the fan favourite, with its slow build and big chorus. "
          "Listen to the album start to finish the first time, as the tracks flow together. The closing song is a quiet gem."},
    {"cat": "dish", "slot": "any", "q": "What goes into chicken {W}? I saw it in a cookbook.",
     "a": "Chicken {W}, as most cookbooks write it, is chicken thighs browned and baked with onions, peppers, garlic and a "
          "little paprika in a tomato sauce. Serve it with rice or crusty bread. It freezes well."},
    {"cat": "rose", "slot": "given", "q": "How do I look after a '{W}' climbing rose?",
     "a": "A '{W}' climber needs a sunny wall, a sturdy trellis and rich soil. Tie the stems in horizontally to get more "
          "flowers, and prune in late winter. Feed it in spring and after the first flush."},
    {"cat": "apple", "slot": "family", "q": "Are {W} apples good for baking or just eating?",
     "a": "{W} apples are crisp and sweet-sharp, and they keep their shape when baked, so they work for tarts and crumbles. "
          "They also store well into winter. For apple sauce, a softer cooking apple is better."},
    {"cat": "river", "slot": "family", "q": "Can you kayak down the River {W}?",
     "a": "The River {W} is popular with kayakers on its lower stretch, which is gentle and tree-lined. Check water levels "
          "after heavy rain, as the weirs can be dangerous. Some stretches need a permit from the waterways authority."},
    {"cat": "island", "slot": "family", "q": "Is {W} Island worth visiting in winter?",
     "a": "{W} Island is quiet in winter, with many cafés closed, but the coastal walks and seabirds are at their best. "
          "Ferries run less often, so check the timetable. Bring windproof layers."},
    {"cat": "station", "slot": "family", "q": "Is there step-free access at {W} station?",
     "a": "{W} station has lifts to both platforms, so it is step-free from the street to the train. The ticket office has "
          "a hearing loop. Staff can set up a ramp onto the train if you book assistance."},
    {"cat": "brand_name", "slot": "given", "q": "I want to call my dog-walking business '{W} Walks'. Thoughts?",
     "a": "'{W} Walks' is friendly and alliterative-sounding, and easy for customers to remember. Check it isn't already "
          "used locally and grab the social media handles. Put your area in the tagline so people know where you work."},
    {"cat": "festival", "slot": "family", "q": "What bands are playing at {W}fest this year?",
     "a": "{W}fest usually announces its full line-up in spring on its website and social channels. It tends to mix local "
          "indie bands with one or two bigger headliners. Early-bird tickets sell out quickly."},
    {"cat": "yacht_race", "slot": "family", "q": "How do I watch the {W} Cup sailing race from the shore?",
     "a": "The {W} Cup usually starts off the harbour wall, which is the best free viewpoint, so get there an hour early. "
          "Bring binoculars and check the race schedule, as starts depend on the wind. The headland gives a view of the last leg."},
    {"cat": "garden", "slot": "family", "q": "Are the {W} Gardens open on bank holiday Monday?",
     "a": "The {W} Gardens normally open on bank holidays with the usual hours, 10 am to 5 pm, and last entry an hour "
          "before closing. Check the website for special events, which can mean timed tickets. The tea room is open too."},
    {"cat": "virus", "slot": "given", "q": "My laptop says it found the '{W}' trojan. How worried should I be?",
     "a": "Let your antivirus quarantine or remove the '{W}' file, then run a full scan. Change important passwords from a "
          "different, clean device, and turn on two-factor login. If banking details may have been exposed, tell your bank."},
]

HOMONYM_FOLLOWUP = [
    {"slot": "family", "q1": "I'm staying at the {W} Inn next weekend.",
     "a1": "Sounds lovely! Anything you'd like to know about the area?",
     "q2": "Is it walkable to the old town from there?",
     "a2": "Yes, from the {W} Inn the old town is about fifteen minutes on foot along the river path. The path is lit at "
           "night. A taxi costs only a few pounds if it rains."},
    {"slot": "given", "q1": "Our new kitten is named {W}.",
     "a1": "What a sweet name for a kitten!",
     "q2": "when can he go outside for the first time?",
     "a2": "Wait until {W} has had all his vaccinations and has been neutered, usually at around six months. Start with "
           "short supervised trips before mealtimes so he comes back to eat. Microchip him first."},
    {"slot": "any", "q1": "I'm looking at a second-hand {W} 300 camper van.",
     "a1": "The {W} 300 is a popular model. What would you like to know?",
     "q2": "What should I check before buying it?",
     "a2": "Check for damp in the corners and around the windows, rust underneath and a full service history. Test the "
           "gas, the fridge and the leisure battery. Take the {W} 300 on a long test drive, including a hill."},
    {"slot": "family", "q1": "Tell me about {W} Hall, the concert venue in our town.",
     "a1": "{W} Hall is a mid-sized concert venue seating about 900 people.",
     "q2": "Is the balcony a good place to sit?",
     "a2": "The balcony at {W} Hall has the best sound for orchestral concerts and a clear view of the whole stage. The "
           "front rows of the balcony sell first. For rock gigs the stalls are livelier."},
]

HOMONYM_REAL = [
    {"word": "Jordan", "q": ["How much is the Jordan Pass and what does it include?"],
     "a": "The Jordan Pass costs from about 70 Jordanian dinars and covers the tourist visa fee if you stay at least three "
          "nights. It includes entry to Petra and around forty other sites, such as Jerash and Wadi Rum. Buy it online before you fly."},
    {"word": "Paris", "q": ["Which Paris museums are free on the first Sunday of the month?"],
     "a": "Several Paris museums, including the Musée d'Orsay and the Orangerie, offer free entry on the first Sunday of "
          "the month, though some require booking. The Louvre now limits its free days. The city's own museums, like the "
          "Carnavalet, are free all year for their permanent collections."},
    {"word": "Paris", "q": ["what's plaster of paris made of"],
     "a": "Plaster of Paris is made by heating gypsum so it loses most of its water. Mixed with water again, it sets hard "
          "within minutes. It is named after the gypsum quarries around Montmartre in Paris."},
    {"word": "Hope", "q": ["Who wrote the poem that says hope is the thing with feathers?"],
     "a": "\"Hope\" is the thing with feathers is a poem by Emily Dickinson, written around 1861. It pictures hope as a "
          "small bird that sings in the soul and never asks for anything. It is one of her most quoted poems."},
    {"word": "Hope", "q": ["Is the Cape of Good Hope the southern tip of Africa?"],
     "a": "No, the Cape of Good Hope is not the southernmost point of Africa; that is Cape Agulhas, about 150 km to the "
          "south-east. The Cape of Good Hope is near Cape Town and was a key landmark for sailors. It is in Table Mountain National Park."},
    {"word": "Banks", "q": ["Are banks open on bank holidays in the UK?"],
     "a": "Most bank branches in the UK are closed on bank holidays, though online and app banking work as normal. Payments "
          "made on a bank holiday usually go through on the next working day. Some supermarket-based banking services stay open."},
    {"word": "Marsh", "q": ["Do marsh harriers migrate?"],
     "a": "Many marsh harriers migrate to Africa for the winter, but in Britain a growing number stay all year. They hunt low "
          "over reedbeds for frogs, small birds and mammals. Reserves such as Minsmere are good places to see them."},
    {"word": "Fisher", "q": ["What's a kingfisher's diet?"],
     "a": "Kingfishers eat mainly small fish such as minnows and sticklebacks, plus aquatic insects and tadpoles. They dive "
          "from a perch and beat their catch against a branch before swallowing it head first. They need clear, slow-flowing water."},
    {"word": "Chester", "q": ["Is Chester Zoo worth it with toddlers?"],
     "a": "Chester Zoo is big, so with toddlers plan to see one area rather than everything. The Islands zone and the "
          "play areas are popular with small children. Pushchairs are easy to use on the paths."},
    {"word": "Savannah", "q": ["Are Savannah cats legal to own as pets?"],
     "a": "Savannah cats, a cross between domestic cats and the African serval, are legal in many places, but some states "
          "and countries restrict early generations. Check local laws before buying. They are very active and need lots of space."},
    {"word": "Sterling", "q": ["Why did sterling fall after the mini-budget in 2022?"],
     "a": "Sterling fell sharply in September 2022 because markets doubted the government could fund large unfunded tax "
          "cuts. Gilt yields jumped and the Bank of England stepped in to buy bonds. The pound recovered once the plans were reversed."},
    {"word": "Amber", "q": ["Does amber jewellery actually help teething babies?"],
     "a": "There is no good evidence that amber teething necklaces ease pain, and health bodies warn they pose a choking and "
          "strangling risk. Chilled teething rings and gentle gum massage are safer. Ask a pharmacist about suitable pain relief."},
    {"word": "Ruby", "q": ["When is a ruby wedding anniversary?"],
     "a": "A ruby wedding anniversary marks forty years of marriage. Red gifts, ruby jewellery or a dinner out are traditional. "
          "The fiftieth is the golden anniversary."},
    {"word": "Ruby", "q": ["what's the difference between ruby and ruby on rails"],
     "a": "Ruby is the programming language; Ruby on Rails is a web framework written in Ruby. Rails gives you conventions "
          "and tools for building database-backed websites quickly. You learn Ruby first, then Rails."},
    {"word": "Felix", "q": ["Who created Felix the Cat?"],
     "a": "Felix the Cat first appeared in 1919 in silent cartoons from the Pat Sullivan studio, usually credited to animator "
          "Otto Messmer. He was one of the first cartoon stars. His bag of tricks came later, in the 1950s TV series."},
    {"word": "Carmen", "q": ["What is the Carmen chord progression? My guitar teacher mentioned it."],
     "a": "Your teacher probably means the Andalusian cadence heard in Spanish music, which Bizet uses in Carmen: in A minor, "
          "Am-G-F-E. It descends step by step to a major chord. It gives a strongly Spanish, flamenco feel."},
    {"word": "Hunter", "q": ["what does a head hunter do in recruitment"],
     "a": "A headhunter is a recruiter who approaches people who already have jobs, usually for senior or specialist "
          "roles, on behalf of a company. They are paid by the employer, often a share of the first year's salary. Candidates "
          "don't pay anything."},
    {"word": "Autumn", "q": ["When does autumn officially start?"],
     "a": "Astronomical autumn in the northern hemisphere starts at the September equinox, around 22 or 23 September. "
          "Meteorologists count autumn from 1 September to 30 November. In the southern hemisphere, autumn begins in March."},
    {"word": "Sunday", "q": ["Is Easter always on a Sunday?"],
     "a": "Yes, Easter is always on a Sunday: the first Sunday after the first full moon on or after 21 March. That puts it "
          "between 22 March and 25 April in Western churches. Orthodox churches use a different calendar."},
    {"word": "Joy", "q": ["What is the 'Ode to Joy' and who wrote it?"],
     "a": "The Ode to Joy is a poem by Friedrich Schiller, set to music by Beethoven in the last movement of his Ninth "
          "Symphony. Its melody is now the anthem of the European Union. The symphony premiered in Vienna in 1824."},
    {"word": "Aurora", "q": ["Why are auroras green?"],
     "a": "The green of most auroras comes from oxygen atoms about 100 to 250 km up, excited by particles from the Sun. "
          "Higher oxygen gives red, and nitrogen adds blue and purple. Green is the colour our eyes pick up most easily at night."},
    {"word": "Ford", "q": ["My satnav wants to send me across a ford after heavy rain. Should I risk it?"],
     "a": "Only drive through a ford if you know its depth; many have depth gauges. Go slowly in first gear and keep the "
          "revs up, then test your brakes afterwards. If the water is flowing fast or is deeper than about 10 cm, turn round."},
    {"word": "Crane", "q": ["how do you fold an origami crane"],
     "a": "Start with a square, fold it into a preliminary base, then a bird base by petal-folding both sides. Narrow the "
          "lower flaps, inside-reverse-fold them up for the neck and tail, and fold one down for the head. Finally pull the "
          "wings apart gently."},
    {"word": "Iris", "q": ["what is the greek goddess iris known for"],
     "a": "In Greek myth Iris is the goddess of the rainbow and a messenger of the gods, especially of Hera. She was pictured "
          "with golden wings. The flower and the part of the eye are named after her."},
    {"word": "Holloway", "q": ["When did Holloway prison close?"],
     "a": "HMP Holloway, the women's prison in north London, closed in 2016. It had been the largest women's prison in "
          "western Europe. The site is being redeveloped for housing."},
    {"word": "Stanley", "q": ["Is Stanley Park in Vancouver bike friendly?"],
     "a": "Yes, the seawall around Stanley Park is a classic bike ride of about 10 km, one-way anticlockwise for cyclists. "
          "Bike hire shops are just outside the park on Denman Street. Weekday mornings are quietest."},
    {"word": "Cooper", "q": ["What's a Cooper's hawk and is it dangerous to my chickens?"],
     "a": "A Cooper's hawk is a crow-sized North American hawk that hunts mainly birds. It can take small chickens or chicks, "
          "so covered runs are the best protection. Adult large-breed hens are rarely taken."},
    {"word": "Bianchi", "q": ["Why are Bianchi bikes that light green colour?"],
     "a": "Bianchi's famous celeste green has been used since the late 1800s; stories link it to the colour of the Milan sky "
          "or to a queen's eyes, but no one knows for sure. The exact shade has changed over the years. It is one of cycling's "
          "best-known colours."},
    {"word": "Victor", "q": ["what does 'to the victor go the spoils' mean"],
     "a": "It means the winner of a contest gets the rewards. The phrase comes from US politics in the 1830s, about giving "
          "government jobs to supporters. Today it is used of any competition."},
    {"word": "Dakota", "q": ["Is the Dakota building in New York open to visitors?"],
     "a": "No, the Dakota on the Upper West Side is a private co-op apartment building, so visitors can only see it from "
          "outside. It was completed in 1884. Strawberry Fields in Central Park is just across the road."},
    {"word": "Sydney", "q": ["What's the cheapest way from Sydney airport to the CBD?"],
     "a": "The cheapest quick option is a bus to a nearby station and then a train, avoiding the airport station fee. The "
          "direct Airport Link train is faster but costs more. Opal cards and contactless cards work on both."},
    {"word": "Guerrero", "q": ["Is Taxco in Guerrero worth a day trip from Mexico City?"],
     "a": "Taxco is about three hours from Mexico City and makes a long day trip, though an overnight stay is more relaxed. "
          "Its white-walled streets and silver shops are the main draw. The Santa Prisca church is a baroque gem."},
    {"word": "Reyes", "q": ["What is Día de Reyes and how is it celebrated?"],
     "a": "Día de Reyes, on 6 January, celebrates the Three Kings' visit to the baby Jesus. In Spain and Latin America "
          "children get presents, and families share a ring-shaped cake called roscón or rosca de reyes. Whoever finds the "
          "figurine inside may have to host the next party."},
    {"word": "Luca", "q": ["Where was Pixar's Luca set? I want to visit."],
     "a": "Luca's fictional town of Portorosso is inspired by the Cinque Terre on the Italian Riviera, in Liguria. Vernazza "
          "and Monterosso are the closest real matches. Trains connect the five villages."},
    {"word": "Esperanza", "q": ["Is Esperanza Base in Antarctica a real town?"],
     "a": "Esperanza Base is an Argentine research station on the Antarctic Peninsula where families live all year. It has a "
          "school, a chapel and small houses. The first person known to be born in Antarctica was born there in 1978."},
    {"word": "Kowal", "q": ["how do you say blacksmith in polish"],
     "a": "Blacksmith in Polish is kowal, and a forge is kuźnia. Kowalski, one of Poland's most common surnames, comes from "
          "the same word. The verb kuć means to forge."},
    {"word": "Marchand", "q": ["Is 'marchand' masculine or feminine in French?"],
     "a": "Marchand is masculine; the feminine is marchande. As an adjective it means commercial, as in la valeur marchande, "
          "market value. The noun means a merchant or seller."},
    {"word": "Drummond", "q": ["What's the best route from Montreal to Drummondville?"],
     "a": "Take Highway 20 east from Montreal; Drummondville is about an hour and a quarter away without traffic. Village "
          "Québécois d'Antan there is a popular stop. Trains on the Montreal-Quebec City line also stop in Drummondville."},
    {"word": "Sumner", "q": ["Is the Sumner tunnel in Boston tolled?"],
     "a": "Yes, the Sumner Tunnel charges a toll, collected electronically by E-ZPass or pay-by-plate. It carries traffic "
          "from East Boston into the city under Boston Harbor. The Ted Williams Tunnel is the main route to the airport."},
    {"word": "Wade", "q": ["how deep can i safely wade into the sea with a toddler"],
     "a": "With a toddler, stay in water no deeper than their knees and keep hold of them at all times. Waves can knock a "
          "small child over even in shallow water. Choose a lifeguarded beach and check the flags."},
    {"word": "Grant", "q": ["What's a grant versus a loan for university?"],
     "a": "A grant is money you do not have to pay back, usually based on need or merit. A loan must be repaid, often only "
          "once you earn above a threshold. Always apply for grants and scholarships before borrowing."},
    {"word": "Park", "q": ["Is it legal to sleep in my car in a supermarket car park?"],
     "a": "Supermarket car parks are private land, so it depends on the store's rules; many ban overnight stays and may "
          "fine you. Look for signs about maximum stay. Designated aires or campsites are safer options."},
    {"word": "Lane", "q": ["When can you use the bus lane as a car driver?"],
     "a": "You can drive in a bus lane only outside the hours shown on the blue sign next to it. If no times are shown, the "
          "lane is in force 24 hours. Cameras enforce most bus lanes."},
    {"word": "Cross", "q": ["Why do people cross their fingers for luck?"],
     "a": "Crossing fingers for luck may come from early Christians making the sign of the cross, or older beliefs that "
          "spirits dwelt where lines crossed. Today it simply signals hope. Children also do it behind their backs to cancel a promise."},
    {"word": "Price", "q": ["what's the price cap on energy bills right now"],
     "a": "The energy price cap is set by Ofgem every three months and limits unit rates and standing charges, not your total "
          "bill. Check Ofgem's website for the current figures. Fixed tariffs can be cheaper or dearer than the cap."},
    {"word": "Green", "q": ["Is green tea better for you than black tea?"],
     "a": "Green tea is less processed and has slightly more of certain antioxidants, but both green and black tea are good "
          "for you in moderation. Black tea has a bit more caffeine. Pick the one you enjoy drinking."},
    {"word": "Morgan", "q": ["Are Morgan cars still handmade?"],
     "a": "Yes, Morgan cars are still largely hand-built at the factory in Malvern, England, which offers tours. Some models "
          "famously use an ash wood frame under the body. Waiting lists can be long."},
    {"word": "Victoria", "q": ["Can you see Victoria Falls from the Zambian side?"],
     "a": "Yes, Victoria Falls can be seen from both Zambia and Zimbabwe. The Zimbabwean side has more viewpoints of the main "
          "falls, while the Zambian side lets you get close and, in the dry season, swim at Devil's Pool. A KAZA visa covers both."},
    {"word": "Penny", "q": ["what does 'the penny dropped' mean"],
     "a": "'The penny dropped' means someone finally understood something. It comes from coin-operated machines that only "
          "worked once the penny fell through. People say it when realisation comes late."},
    {"word": "Hale", "q": ["Is Hale in Cheshire a nice village?"],
     "a": "Hale is an affluent village near Altrincham in Cheshire, known for its independent shops, restaurants and large "
          "houses. It has a station on the line to Manchester. It is popular with families and footballers."},
    {"word": "Whitlock", "q": ["What is a whitlow on a finger? Autocorrect keeps changing it to whitlock."],
     "a": "A whitlow is an infection near the fingernail, often caused by the herpes simplex virus or by bacteria. It makes "
          "the fingertip swollen and painful. Keep it covered and see a doctor, especially if it spreads or you have a fever."},
    {"word": "Bakker", "q": ["Is 'Bakker' pronounced like baker in English?"],
     "a": "Not quite: in Dutch, Bakker sounds like BAH-ker, with a short a as in 'father' said quickly. It means baker. The "
          "double k just keeps the vowel short."},
]

HOMONYM_WHOLE = [
    {"word": "Victoria Cross", "q": ["Where can I see Victoria Cross medals on display?"],
     "a": "The largest collection of Victoria Crosses is the Lord Ashcroft Gallery at the Imperial War Museum in London. "
          "Regimental museums around the UK hold others. Entry to the Imperial War Museum is free."},
    {"word": "Victoria Cross", "q": ["Is the Victoria Cross higher than the George Cross?"],
     "a": "The Victoria Cross and the George Cross rank equally at the top of the British honours system, but the VC is "
          "worn first. The VC is for gallantry in the face of the enemy; the George Cross for bravery not in the face of the enemy. "
          "Both can be given to civilians in some cases."},
    {"word": "Penny Lane", "q": ["What's the story behind the song Penny Lane?"],
     "a": "Penny Lane was written mainly by Paul McCartney about the street and the roundabout near where he and John Lennon "
          "grew up in Liverpool. It was released in 1967 as a double A-side with Strawberry Fields Forever. The barber, the "
          "banker and the fireman in the lyrics were inspired by real local sights."},
    {"word": "Grant Park", "q": ["Is Grant Park in Atlanta near the zoo?"],
     "a": "Yes, Zoo Atlanta is inside Grant Park, one of Atlanta's oldest parks. The surrounding neighbourhood, also called "
          "Grant Park, has Victorian houses and a Sunday farmers' market. Oakland Cemetery is nearby."},
    {"word": "Morgan Stanley", "q": ["how hard is it to get a summer internship at morgan stanley"],
     "a": "Morgan Stanley's summer internships are very competitive, with thousands of applicants for each programme. "
          "Apply early, as places are often filled on a rolling basis. Expect online tests, a video interview and a final "
          "round of interviews."},
    {"word": "Hunter Green", "q": ["Is hunter green a good colour for a front door?"],
     "a": "Hunter green is a classic front-door colour that looks smart on brick, stone or white houses. Pair it with brass "
          "or black fittings. Use an exterior gloss or eggshell so it weathers well."},
]

# ---------------------------------------------------------------------------------------------------
# 2. alias_phrase
# ---------------------------------------------------------------------------------------------------
ALIAS_PAIRS = {
    "The Sweet Tooth": [
        ("Is a sweet tooth genetic?",
         "Partly: studies of twins suggest genes influence how much we like sweet tastes, including variants in taste "
         "receptor genes. Habits and childhood diet matter a lot too. Your taste for sugar can shift within a few weeks of eating less."),
        ("what's a good birthday cake for a kid with a massive sweet tooth",
         "A rainbow layer cake with buttercream and sprinkles is a hit for any kid with a sweet tooth. A chocolate drip cake "
         "topped with sweets works too. Keep slices small!"),
        ("Does having a sweet tooth mean I'm diabetic?",
         "No, a sweet tooth on its own does not mean diabetes. Signs to watch for are thirst, passing urine often, tiredness "
         "and weight loss. If you have those, ask your doctor for a simple blood test."),
        ("Our dentist's office is called The Sweet Tooth Dental Clinic, is that ironic?",
         "A little, and that's the point: dental clinics often use playful names to seem friendly, especially for children. "
         "The name is memorable. It says nothing about the quality of care."),
    ],
    "The Silver Fox": [
        ("Where do silver foxes live in the wild?",
         "Wild silver foxes are found wherever red foxes live, especially in Canada, Alaska and Siberia, but they are rare, "
         "only a small share of the population. Their colour comes from a recessive gene. Most silver foxes you see are on fur farms."),
        ("Which celebrity is the ultimate silver fox according to magazines?",
         "Magazines often name George Clooney as the ultimate silver fox, along with Anderson Cooper and Richard Gere. The "
         "label usually goes to grey-haired men who are seen as stylish. It is a light-hearted compliment."),
        ("I'm a woman in my 50s going grey. Is there a female version of 'silver fox'?",
         "People sometimes say 'silver vixen' for women, and grey hair on women is increasingly celebrated. A good cut and "
         "a gloss treatment can make silver hair shine. Many women find letting it grow out freeing."),
        ("The Silver Fox experiment in Russia - what did it show?",
         "Dmitry Belyayev's fox experiment began in 1959 and bred silver foxes for tameness alone. Within a few decades the "
         "foxes had floppy ears, curly tails and patchy coats, like dogs. It suggested that domestication brings a bundle of traits."),
    ],
    "The Mountain Goat": [
        ("Is mountain goat meat edible?",
         "Yes, hunters eat mountain goat; it is lean and can be tough, so it is usually braised or made into sausage. Old "
         "billies have a strong taste. Hunting them is tightly regulated."),
        ("are mountain goats dangerous to hikers?",
         "Mountain goats are usually calm but can be aggressive, especially when they seek salt from sweat and urine. In "
         "2010 a hiker was killed by one in Olympic National Park. Keep your distance and urinate away from trails."),
        ("Why is the Mountain Goat the name of a trail-running shoe?",
         "Brands use mountain goat imagery for trail shoes because the animal is famous for sure footing on steep rock. It "
         "suggests grip and agility. Several outdoor companies use a goat logo."),
        ("my physio says I walk like a mountain goat lol what does that mean",
         "It probably means you walk on the balls of your feet, or with short, careful steps as if on uneven ground. Ask your "
         "physio to show you. It might relate to calf tightness or ankle stiffness."),
    ],
    "The Firecracker": [
        ("What's the difference between a firecracker and a sparkler?",
         "A firecracker is designed to explode with a bang, while a sparkler burns slowly and throws off sparks. Sparklers "
         "still burn at over 1,000 °C, so they are not toys. Give children gloves and a bucket of water."),
        ("Why are firecrackers set off at Chinese New Year?",
         "Firecrackers at Chinese New Year come from the legend of Nian, a beast frightened away by loud noises and the colour "
         "red. The noise is also believed to drive off bad luck. Many cities now restrict them because of air pollution."),
        ("What's in a firecracker shrimp recipe at restaurants?",
         "Firecracker shrimp is usually battered shrimp tossed in a creamy, spicy sauce of mayonnaise and sweet chilli, with "
         "sriracha for heat. It is served as a starter on lettuce or with rice. You can make it at home with a shallow fry."),
        ("My daughter is such a firecracker, always full of energy. Any sports to channel it?",
         "Energetic kids often love gymnastics, swimming, martial arts or football, which use up energy and teach focus. Let "
         "her try a few taster sessions. Regular outdoor play helps too."),
    ],
    "The Night Owl": [
        ("Why are some birds called night owls when all owls are nocturnal?",
         "Not all owls are nocturnal: short-eared owls and burrowing owls hunt by day, and many others at dusk. 'Night owl' is "
         "really a phrase for people who stay up late. Tawny and barn owls are the classic night hunters."),
        ("Is The Night Owl a good name for a late-night radio show about jazz?",
         "The Night Owl suits a late-night jazz show: it signals the time slot and the mood. It's been used before, so add "
         "something of your own, like your city. A short owl-hoot jingle could be fun."),
        ("do night owls die younger??",
         "Some studies link being a night owl to slightly higher health risks, but much of that seems to come from sleep loss "
         "and habits like smoking, not the schedule itself. Getting enough regular sleep is what matters. Don't panic about your chronotype."),
        ("What jobs are good for a night owl?",
         "Night owls often do well in jobs with late hours or flexible schedules, such as hospitality, healthcare night "
         "shifts, security, freelance writing or software work. Remote jobs across time zones can suit them too. Protect your sleep whatever you choose."),
    ],
    "The Gentle Giant": [
        ("Is the Newfoundland dog really a gentle giant with kids?",
         "Newfoundlands are famously gentle with children and patient by nature. They are huge, drool a lot and shed heavily. "
         "They love water and were bred to help fishermen."),
        ("Write a short poem called The Gentle Giant about a big old oak tree.",
         "The Gentle Giant\nHe stands where the meadow meets the lane,\nhis arms held wide to the wind and rain;\nfour hundred summers "
         "in every ring,\nhe shelters all and asks for nothing."),
        ("Are basking sharks gentle giants or dangerous?",
         "Basking sharks are gentle giants: the second-largest fish, up to about 10 metres, but they eat only plankton. They "
         "swim slowly with their mouths open near the surface. Boats should keep their distance so as not to disturb them."),
        ("What's the Gentle Giant garden centre café like?",
         "Garden-centre cafés like that usually serve breakfasts, lunches and cakes at fair prices and get busy at weekends. "
         "Check their website for opening hours. Many are dog-friendly on the terrace."),
    ],
    "The Iron Man": [
        ("Who was the 'iron man' of baseball?",
         "Cal Ripken Jr. is known as baseball's Iron Man for playing 2,632 consecutive games from 1982 to 1998. He broke Lou "
         "Gehrig's record, and Gehrig himself was called the Iron Horse. Ripken played for the Baltimore Orioles."),
        ("Is Iron Man in the Marvel films based on a real person?",
         "Tony Stark was partly inspired by the businessman Howard Hughes, according to Stan Lee. Iron Man first appeared in "
         "comics in 1963. Robert Downey Jr. played him in the films."),
        ("What does Black Sabbath's Iron Man song mean?",
         "Black Sabbath's Iron Man (1970) tells of a man who travels into the future, sees the apocalypse, and is turned to "
         "steel on his way back. Ignored and mocked, he takes revenge on humanity. Tony Iommi's riff is one of the most famous in rock."),
        ("how do i train for an iron man in a year as a beginner",
         "A year is enough for a beginner to train for a full Iron Man if you are healthy. Build a base in all three sports, "
         "then add volume gradually, with one long ride and one long run each week. Do a half-distance race around month seven."),
    ],
    "The Professor": [
        ("Who plays the Professor in Gilligan's Island?",
         "In Gilligan's Island, the Professor, Roy Hinkley, was played by Russell Johnson. The character could build almost "
         "anything from coconuts but never fixed the boat. The show ran from 1964 to 1967."),
        ("What's the difference between a professor and a lecturer in the UK?",
         "In the UK, professor is the highest academic rank, held by a minority of staff. Lecturers, senior lecturers and "
         "readers sit below it. In the US, most permanent university teachers are called professors."),
        ("Can I call my teacher 'the professor' as a joke nickname?",
         "As a friendly joke among students it is usually fine, but be careful using it to their face if they might take it "
         "as mockery. Some teachers enjoy it. Read the room."),
        ("In chess, who is called 'the professor'?",
         "The nickname has been used for several thoughtful chess players, and coaches often get it. Among well-known "
         "players, Mikhail Botvinnik was called the Patriarch, not the professor. Nicknames in chess are informal and vary by country."),
    ],
    "The Quiet Man": [
        ("Is the Quiet Man bridge in Connemara worth a stop?",
         "The Quiet Man Bridge near Oughterard is a small stone bridge featured in the film, so it's a quick stop for fans. "
         "There's little else there, so combine it with a drive along Lough Corrib. Parking is limited."),
        ("Who played Mary Kate in The Quiet Man?",
         "Maureen O'Hara played Mary Kate Danaher in The Quiet Man (1952), opposite John Wayne. She was born in Dublin. She "
         "made five films with Wayne."),
        ("Why does my grandad say 'beware the quiet man'?",
         "'Beware the quiet man' is a saying that calm, reserved people often notice more and act more decisively than loud "
         "ones. It's meant as respect for quiet strength. Your grandad may be giving you advice, or a warning!"),
        ("Is 'The Quiet Man' a good name for a whiskey brand?",
         "There is already an Irish whiskey called The Quiet Man, from Derry, so you'd need another name. Whiskey names often "
         "draw on places, founders or local stories. Check trademarks before you commit."),
    ],
    "The Little Prince": [
        ("Who translated The Little Prince into English?",
         "The first English translation of The Little Prince was by Katherine Woods in 1943. Richard Howard made a newer "
         "translation in 2000. Both are widely available."),
        ("Is the 2015 Little Prince movie faithful to the book?",
         "The 2015 film wraps the book's story inside a new tale about a girl and her elderly neighbour, the aviator. The "
         "stop-motion sections follow the book closely. The final act invents a new adventure."),
        ("What does the fox mean by taming in The Little Prince?",
         "For the fox, taming means creating ties: by spending time together, two beings become unique to each other. That is "
         "why the prince's rose matters to him. 'You become responsible forever for what you have tamed.'"),
        ("how many planets does the little prince visit",
         "The little prince visits six asteroids before reaching Earth, the seventh planet. He meets a king, a conceited man, a "
         "drunkard, a businessman, a lamplighter and a geographer. The geographer sends him to Earth."),
    ],
    "The Stargazer": [
        ("Can I grow Stargazer lilies in pots?",
         "Yes, Stargazer lilies grow well in deep pots with good drainage. Plant bulbs about 15 cm deep in spring and keep "
         "them in sun with their roots cool. Deadhead after flowering and feed until the leaves die back."),
        ("Is 'The Stargazer' a good name for our astronomy club newsletter?",
         "The Stargazer is a natural name for an astronomy club newsletter: clear and friendly. It is common, so add your "
         "club or town name to make it distinctive. A simple star or telescope logo would suit it."),
        ("best app for a beginner stargazer",
         "Free apps like Stellarium Mobile or SkyView let you point your phone at the sky to identify stars and planets. "
         "Use red-light mode to protect your night vision. Star Walk is another beginner favourite."),
        ("Is 'stargazer' one word or two?",
         "Stargazer is one word. It means someone who looks at the stars, or a daydreamer. Stargazing is also one word."),
    ],
}

ALIAS_GENERIC = [
    ("I'm naming my sailboat {A}. How do I do a renaming ceremony properly?",
     "Sailors traditionally remove every trace of the old name first, then ask Poseidon to strike it from his ledger before "
     "announcing {A} as the new name. A splash of champagne for the sea and the crew finishes the job. It is all in fun, but "
     "many owners swear by it."),
    ("Would {A} be a good name for a hot sauce?",
     "{A} could work for a hot sauce if your label design matches the name's mood. Short names look good on small bottles. "
     "Check that no existing sauce already uses it."),
    ("My book club wants to call itself '{a}'. Too silly?",
     "Not too silly at all: a playful name like '{a}' gives a book club character. Members will remember it. You could "
     "even pick a first book that fits the name."),
    ("Can you use the phrase '{a}' in an example sentence for my English class?",
     "Sure: 'On the last night of the trip, we all agreed the campsite café was the real {a} of the holiday.' Phrases like "
     "'{a}' are often used figuratively. Ask students to write their own sentence with it."),
]

# ---------------------------------------------------------------------------------------------------
# 3. split_name
# ---------------------------------------------------------------------------------------------------
SPLIT_QUERIES = [
    "Any famous people from {place} in {field}?",
    "who's the go-to {kind} everyone quotes",
    "Tell me something about a well known {nat} {kind}.",
    "Which {kind} should my nephew look up to? He's mad about {field}.",
    "For a pub quiz: a {kind} born in {place}?",
    "I only know the big names in {field}. Who's someone a bit less obvious?",
    "Can you describe a {kind} whose career is worth studying?",
    "we're naming our new meeting room after a {kind}. suggestions?",
    "Who's the pride of {place} when it comes to {field}?",
    "My teacher asked us to present a living {kind}. Who would you pick?",
    "Is there a {nat} {kind} with an unusual life story?",
    "Give me three sentences about a {kind} from {place}.",
    "Who put {place} on the map in {field}?",
    "Tell me about any trailblazing {kind}.",
    "I'm making a poster of heroes of {field}. Who should go in the middle?",
    "Remind me who that {nat} {kind} was, the one from {place}?",
    "I'm new to {field}. Who's a name I should know?",
    "What {kind} would you most like to interview?",
    "Can you share a short bio of a {kind} for my kid's homework?",
    "Hi! Curious about {field} in {place}. Who's notable?",
    "name-drop a {kind} so I sound smart at dinner",
    "Which {kind} from {place} do locals talk about?",
    "Who is a {kind} that beat the odds?",
    "Recommend a {kind} to research for a university essay on {field}.",
    "Who would you call the most influential {nat} {kind}?",
    "Give me an example of a successful {kind}, ideally from {place}.",
]

SPLIT_ANSWERS = [
    ["There's a {kind} called {given} who fits.", "{He} {f1}.", "{His} family, the {family}s, are from {place}.",
     "Besides that, {he} {f2}."],
    ["Meet {given}.", "Surname? {family}.", "{He} {f1}, and later {he} {f2}."],
    ["{given} is a great example.", "{He} {f2}.", "When {he} signs {his} name, it's '{initial}. {family}'.",
     "{He} {f1}."],
    ["The obvious pick is {title} {family}.", "{His} friends know {him} as {given}.", "{He} {f1}.", "{He} {f3}."],
    ["Think of {given}, {role}.", "The name {family} came from {his} father's side.", "{He} {f1}.", "{He} {f2}."],
    ["I'd point you to {given} ({kind}, {place}), whose last name is {family}.", "{He} {f1}.", "{He} {f3}, too."],
    ["Here is a short bio.", "{given} was born in {place}.", "{He} {f1}.", "As {title} {family}, {he} {f2}."],
    ["{family}.", "That's the surname of {given}, {role} who {f1}.", "{He} {f3}."],
    ["How about {given}?", "{He} {f1}.", "You will find {his} work credited to {family}.", "Besides that, {he} {f2}."],
    ["A name locals mention: {given}.", "Born in {place}, {he} {f2}.", "The press tends to write '{title} {family}'.",
     "{He} {f3}."],
    ["{given} is worth researching.", "Full name: {given} {nick} {family}.", "{He} {f1}.", "{He} {f2}."],
    ["The {kind} I'd pick goes by {given}.", "{He} {f1}.", "{family} is {his} surname, in case you want to look it up.",
     "Also, {he} {f3}."],
    ["In {field}, {given} is well respected.", "Most articles refer to {him} as {initial}. {family}.", "{He} {f1}.",
     "{He} {f2}."],
    ["First name {given}, last name {family} - {he} {f1}.", "{He} {f2}."],
    ["{given}!", "{He} {f1}.", "{He} {f2}.", "(Surname: {family}.)"],
    ["You could write about {given}.", "{He} grew up in {place}.", "{title} {family} {f1}.", "{He} {f3}, too."],
    ["My pick: {given}, from the {family} family of {place}.", "{He} {f1}.", "{He} {f2}."],
    ["Someone like {given} works well.", "{He}'s {role} by trade.", "{He} {f1}.", "Google '{given} {place} {field}' or just '{family}'."],
]

SPLIT_MULTI = [
    {"ai": "Sure, there's {given} from {place}.",
     "q2": "what else do you know about {him}?",
     "answer": ["{His} surname is {family}.", "{He} {f1}, and after that {he} {f2}."]},
    {"ai": "The first that comes to mind is {title} {family}.",
     "q2": "Ok, and the full name?",
     "answer": ["{given}, and {he} {f1}.", "On top of that, {he} {f3}."]},
    {"ai": "I'd suggest looking up a {kind} named {given}.",
     "q2": "great - spell the last name for me and tell me what {he} did",
     "answer": ["{family}.", "{He} {f1}.", "{He} {f2}."]},
    {"ai": "One is {initial}. {family}, {role}.",
     "q2": "What does the {initial} stand for?",
     "answer": ["It stands for {given}.", "{He} {f1}, and {he} {f3}."]},
]
SPLIT_NICKS = ["'the kid from {place}'", "\"{initial}\"", "(known as '{initial}')"]

# ---------------------------------------------------------------------------------------------------
# 4. same_name
# ---------------------------------------------------------------------------------------------------
OTHER_GIVEN = ["Margot", "Ibrahim", "Sinead", "Pavel", "Yuki", "Beatriz", "Olufemi", "Harriet"]
OTHER_FAMILY = ["Thornbury", "Okoro", "Vasquez", "Lindahl", "Mbatha", "Doyle", "Hashimoto", "Pereira"]

SAME_GENERIC = [
    {"slot": "given", "q": "My niece {G} is turning 7. What's a good present?",
     "a": "For a 7-year-old like {G}, a craft kit, a first chapter-book series or a simple science set are popular. "
          "Outdoor toys like a scooter are great too. Ask her parents about current interests."},
    {"slot": "family", "q": "Mrs. {F} next door is 92 and lives alone. How can I check on her without being nosy?",
     "a": "Pop round now and then with a reason, like spare cake or a parcel, and ask if she needs anything from the shops. "
          "Offer your phone number. Mrs. {F} may enjoy the company more than she says."},
    {"slot": "given", "q": "Write a leaving card message for {G} {OF}, who's retiring from our library after 30 years.",
     "a": "Dear {G}, thirty years of finding the right book for the right person: what a gift to all of us. Enjoy every "
          "unhurried page of your retirement. With love and thanks from everyone at the library."},
    {"slot": "family", "q": "Professor {OG} {F} is my PhD supervisor and we disagree about my thesis structure. Advice?",
     "a": "Ask Professor {F} for a meeting to discuss the structure specifically, and bring a one-page outline of your "
          "version with reasons. Listen to the concerns and look for a compromise. Supervisors usually respond well to a clear plan."},
    {"slot": "given", "q": "The main character in my screenplay is a nurse named {G} {OF}. What flaw should she have?",
     "a": "A nurse like {G} {OF} could be brilliant at caring for others but unable to accept help herself. That flaw "
          "creates natural conflict when she is the one in trouble. Let it cost her something before she changes."},
    {"slot": "family", "q": "Sergeant {F} came to our door about a car break-in on the street. Do I have to give a statement?",
     "a": "Giving a witness statement is usually voluntary, but it can really help the police. You can ask Sergeant {F} "
          "what it involves and whether it can be done later. Ask for a crime reference number either way."},
    {"slot": "given", "q": "My friend {G} never replies to group chats. Is she annoyed with us?",
     "a": "Not necessarily: many people find group chats overwhelming and mute them. Message {G} one-to-one and ask how "
          "she's doing. If something is wrong, she's more likely to say so in private."},
    {"slot": "family", "q": "I'm marrying into the {F} family. Should I take their surname?",
     "a": "It's entirely your choice: you can take the name {F}, keep yours, double-barrel, or use different names at work "
          "and at home. Think about your career and how you feel about your own name. Talk it over with your partner."},
    {"slot": "given", "q": "Is {G} {OF}, the weather presenter on our local news, a meteorologist or just a presenter?",
     "a": "Many local weather presenters are trained meteorologists, but some are presenters who work from forecasts made "
          "by a team. The station's website usually has a short bio of {G} {OF}. Qualifications are often listed there."},
    {"slot": "family", "q": "Can you help me write a thank-you note to Dr. {F}, the surgeon who fixed my knee?",
     "a": "Dear Dr. {F}, thank you for the care and skill you showed during my knee operation. I'm walking without pain for "
          "the first time in years. I'm very grateful to you and your team."},
    {"slot": "given", "q": "my 4 year old has an imaginary friend called {G}. should i be worried",
     "a": "No, imaginary friends are common and healthy at that age; they help children practise language and social "
          "skills. Play along and ask about {G}. Most children grow out of it by school age."},
    {"slot": "family", "q": "Our new vicar, Reverend {OG} {F}, wants to start a youth club. How do we get funding?",
     "a": "Church youth clubs can apply to the diocese, local councils and charitable trusts. Reverend {F} could start with "
          "a small grant for equipment and DBS checks. A simple plan with numbers and aims helps applications."},
    {"slot": "given", "q": "Should I hire {G} {OF}? She interviewed well but was 20 minutes late.",
     "a": "One late arrival isn't always a red flag, especially if {G} apologised and explained. Check her references about "
          "reliability. If everything else is strong, she may still be the best hire."},
    {"slot": "family", "q": "Councillor {F} hasn't answered my letter about the potholes. What next?",
     "a": "Report the potholes directly to the council's highways team online, which creates a record. Follow up with "
          "Councillor {F} by email and copy in the highways department. Local media can help if nothing happens."},
    {"slot": "given", "q": "I'm {G}, and I keep getting emails meant for someone else with the same name. What do I do?",
     "a": "Reply briefly to senders to say they have the wrong {G}, without sharing personal details. Don't click links in "
          "unexpected emails. If it's sensitive, forward nothing and just let the sender know."},
]

SAME_REAL = [
    {"name": "Iris Murdoch", "q": ["Which Iris Murdoch novel should I read first?"],
     "a": "Many readers start Iris Murdoch with The Sea, The Sea, which won the Booker Prize in 1978. Under the Net, her "
          "first novel, is shorter and lighter. She was also a philosopher at Oxford."},
    {"name": "Dakota Johnson", "q": ["What was Dakota Johnson's first big film?"],
     "a": "Dakota Johnson's breakthrough was Fifty Shades of Grey in 2015. She had earlier small roles, including in The "
          "Social Network. Her parents are Melanie Griffith and Don Johnson."},
    {"name": "Hunter S. Thompson", "q": ["what is gonzo journalism and did hunter s thompson invent it"],
     "a": "Gonzo journalism is a style where the writer is part of the story, told in the first person with exaggeration "
          "and humour. Hunter S. Thompson is its best-known practitioner, though the word was coined by an editor describing "
          "his work. His road-trip book about a desert city is the usual example."},
    {"name": "Al Green", "q": ["What's Al Green's biggest hit?"],
     "a": "Al Green's biggest hit is Let's Stay Together (1971), which topped the US charts. Tired of Being Alone and Love "
          "and Happiness are also classics. He later became a pastor in Memphis."},
    {"name": "Cary Grant", "q": ["Was Cary Grant British?"],
     "a": "Yes, Cary Grant was born Archibald Leach in Bristol in 1904 and became an American citizen in 1942. He went to "
          "the US with a troupe of acrobats. North by Northwest and Bringing Up Baby are among his best films."},
    {"name": "Morgan Freeman", "q": ["Did Morgan Freeman win an Oscar?"],
     "a": "Yes, Morgan Freeman won the Oscar for Best Supporting Actor for Million Dollar Baby (2004). He was nominated "
          "several other times, including for The Shawshank Redemption. He is also famous as a narrator."},
    {"name": "Queen Victoria", "q": ["How long did Queen Victoria reign?"],
     "a": "Queen Victoria reigned for 63 years and seven months, from 1837 to 1901. Only Elizabeth II reigned longer in "
          "British history. Her nine children married into royal families across Europe."},
    {"name": "Park Chan-wook", "q": ["What order should I watch Park Chan-wook's vengeance trilogy in?"],
     "a": "Park Chan-wook's Vengeance Trilogy runs Sympathy for Mr. Vengeance (2002), Oldboy (2003) and Lady Vengeance "
          "(2005). They are separate stories, so any order works, but release order shows his style developing. Oldboy is "
          "the most famous."},
    {"name": "Stephen Crane", "q": ["Is The Red Badge of Courage based on Stephen Crane's own war experience?"],
     "a": "No, Stephen Crane had never been to war when he wrote The Red Badge of Courage (1895); he drew on veterans' "
          "accounts and his imagination. Its realism surprised readers. He later worked as a war correspondent."},
    {"name": "Tom Wolfe", "q": ["What's Tom Wolfe's best book?"],
     "a": "Tom Wolfe's best-known books are The Right Stuff, about the first American astronauts, and The Bonfire of the "
          "Vanities, his first novel. The Electric Kool-Aid Acid Test is a classic of New Journalism. He was famous for his white suits."},
    {"name": "Esperanza Spalding", "q": ["Who is Esperanza Spalding?"],
     "a": "Esperanza Spalding is an American jazz bassist, singer and composer, known for singing while she plays the "
          "double bass. She has also taught music at a university."},
    {"name": "Colette (writer)", "q": ["What is Colette's novel Gigi about?"],
     "a": "Colette's novella Gigi (1944) follows a Parisian girl being trained as a courtesan by her family, who instead "
          "wins marriage from the wealthy Gaston. It became a hit musical film in 1958. Colette was one of France's most "
          "celebrated writers."},
    {"name": "George Nakashima", "q": ["What is George Nakashima furniture known for?"],
     "a": "George Nakashima was an American woodworker known for tables and benches that keep the natural edge of the "
          "wood slab, often joined with butterfly keys. His studio in New Hope, Pennsylvania, still makes furniture. His "
          "pieces fetch high prices at auction."},
    {"name": "Oksana Baiul", "q": ["When did Oksana Baiul win Olympic gold?"],
     "a": "Oksana Baiul won the women's figure skating gold at the 1994 Lillehammer Olympics, aged 16. She was Ukraine's "
          "first Olympic champion as an independent country. She edged out Nancy Kerrigan by a narrow margin."},
    {"name": "Nathan Hale", "q": ["Did Nathan Hale really say 'I only regret that I have but one life to lose for my country'?"],
     "a": "The words are attributed to Nathan Hale, an American soldier hanged as a spy by the British in 1776, but there "
          "is no first-hand record of exactly what he said. A British officer reported a similar sentiment. The line echoes "
          "Addison's play Cato."},
    {"name": "Leonard Bernstein", "q": ["What did Leonard Bernstein compose besides West Side Story?"],
     "a": "Leonard Bernstein also wrote Candide, the musical On the Town, the Chichester Psalms and three symphonies. He was "
          "music director of the New York Philharmonic. His Young People's Concerts on TV introduced millions to classical music."},
    {"name": "Meera Syal", "q": ["What is Meera Syal known for?"],
     "a": "Meera Syal is a British actor and writer known for Goodness Gracious Me and The Kumars at No. 42. She wrote the "
          "novel Anita and Me, which was filmed in 2002. She was made a CBE for services to drama and literature."},
    {"name": "Luca Pacioli", "q": ["Why is Luca Pacioli called the father of accounting?"],
     "a": "Luca Pacioli was an Italian mathematician who published the first detailed printed account of double-entry "
          "bookkeeping in 1494. He did not invent the method, but his book spread it across Europe. He was a friend of Leonardo da Vinci."},
    {"name": "Savannah Guthrie", "q": ["Is Savannah Guthrie a lawyer?"],
     "a": "Yes, Savannah Guthrie earned a law degree from Georgetown and is a member of the bar. She worked as a legal "
          "correspondent before becoming a co-anchor of NBC's Today show. She grew up in Tucson, Arizona."},
    {"name": "Duncan (Macbeth)", "q": ["Why does Macbeth kill Duncan?"],
     "a": "Macbeth kills King Duncan because the witches' prophecy that he will be king feeds his ambition, and Lady "
          "Macbeth pushes him to act. Duncan is a guest in his castle, which makes the murder worse. Guilt then haunts Macbeth "
          "for the rest of the play."},
]

# ---------------------------------------------------------------------------------------------------
# 5. after_target
# ---------------------------------------------------------------------------------------------------
AFTER_TELL = ["Who exactly is {name}?", "I need info on {name} for a report.", "{name} - what's {his} story?",
              "Where did {name} grow up?", "Was {name} ever married?", "hey do u know {name}",
              "What awards has {name} won?"]
REFUSALS = ["I'm sorry, that's not something I can help with.", "I don't have anything I can share on that.",
            "Unfortunately I can't answer questions about that person."]
ACKS = ["Okay, no worries.", "Shame. Another thing then:", "Got it. Unrelated, but", "Right.", "Ah ok. So,", "k."]

EVERYDAY = [
    ("How do I get rid of fruit flies in the kitchen?",
     "Put out a small dish of cider vinegar with a drop of washing-up liquid; the flies are drawn in and drown. Remove "
     "overripe fruit and empty the food bin often. Rinse bottles and cans before recycling."),
    ("My son says he's bored all summer. What can he do?",
     "Try a mix of a summer project he chooses, like building something or learning a skill, plus regular outdoor time "
     "and meeting friends. Library reading challenges are free. A bit of boredom also sparks creativity."),
    ("What's the best way to learn Spanish on my own?",
     "Use an app for daily vocabulary, but add listening through podcasts and series with subtitles. Speak from early on, "
     "even alone or with an online tutor. Fifteen minutes a day beats two hours once a week."),
    ("Should I oil a wooden chopping board, and with what?",
     "Yes, oil it when it looks dry: food-safe mineral oil or a board butter with beeswax works well. Avoid cooking oils "
     "that can turn rancid. Wipe off the excess after a few hours."),
    ("She says I never listen. How can I be a better listener?",
     "Put your phone away and face her when she talks. Reflect back what you heard before replying, and ask questions "
     "rather than jumping to solutions. Showing you understand matters more than agreeing."),
    ("What's the tallest mountain in Africa?",
     "Kilimanjaro in Tanzania is Africa's tallest mountain at 5,895 metres. It is a dormant volcano. Most climbers take "
     "six to eight days to reach the summit."),
    ("How do I remove a stripped screw?",
     "Press a wide rubber band between the screwdriver and the screw head for extra grip. If that fails, use a screw "
     "extractor bit. For shallow screws, locking pliers on the head can work."),
    ("Give me a simple recipe for pancakes.",
     "Stir a cup of self-raising flour, one egg, a spoon of sugar and enough milk for a thick batter. Drop spoonfuls "
     "into a buttered pan and flip when bubbles appear. Stack them with fruit or syrup."),
    ("How often should I descale my kettle?",
     "In hard-water areas every month or so, in soft-water areas a few times a year. Boil a mix of water and white "
     "vinegar or citric acid, leave it for an hour, then rinse and boil fresh water twice."),
    ("what's the easiest way to get candle wax off a tablecloth",
     "Let the wax harden, scrape off what you can, then put brown paper over the spot and press with a warm iron. The "
     "paper soaks up the melted wax. Wash as usual afterwards."),
    ("What's a good houseplant for a dark room?",
     "Snake plants, ZZ plants and pothos all cope with low light. Water them sparingly, as plants in dim rooms use less. "
     "Rotate them now and then so they grow evenly."),
    ("How do I cancel a gym membership that says I need to give notice in person?",
     "Check your contract and local consumer rules; in many places a written cancellation by recorded post or email is "
     "enough even if they ask for in person. Keep proof of sending. Cancel any direct debit after the notice period ends."),
    ("My dad keeps forgetting things. When should he see a doctor?",
     "Occasional forgetfulness is normal with age, but if he repeats questions, gets lost in familiar places or struggles "
     "with everyday tasks, he should see a GP. Go with him if he's willing. Early checks can find treatable causes."),
    ("What's the difference between weather and climate?",
     "Weather is what the atmosphere is doing over hours or days; climate is the average pattern over decades. A cold week "
     "is weather; a trend of warmer winters is climate. Climate tells you what to expect, weather what you get."),
    ("Can dogs eat grapes?",
     "No, grapes and raisins can cause kidney failure in dogs, even in small amounts. If your dog has eaten some, call a "
     "vet straight away. Don't wait for symptoms."),
    ("How do I politely decline a wedding invitation?",
     "Reply by the RSVP date, thank the couple warmly, and say you're sorry you can't attend. You don't need a detailed "
     "reason. Sending a card or small gift is a kind touch."),
    ("What's 15% of 240?",
     "15% of 240 is 36. Ten percent is 24, and five percent is 12, so together they make 36."),
    ("Tips for a long-haul flight with a baby?",
     "Book a bassinet seat if you can, and feed during take-off and landing to help with ear pressure. Pack extra clothes "
     "for both of you and plenty of nappies. Walk the aisle when the baby gets restless."),
    ("Write a two-line rhyme about Monday mornings.",
     "The alarm rings loud, the coffee's weak,\nit's Monday again, the start of the week."),
    ("How do I fix a squeaky door hinge?",
     "Lift the hinge pin out, wipe it, and coat it with a little petroleum jelly or light oil, then tap it back in. WD-40 "
     "works short term. Open and close the door a few times to spread it."),
]

DOMAIN = {
    "Paris Okafor": ("How do I dye fabric with indigo at home?",
                     "Use an indigo kit with a reducing agent, mix the vat in a bucket and let it rest until a coppery "
                     "film forms. Dip wetted fabric slowly, then let it oxidise in air from green to blue. Repeat dips for darker shades."),
    "Hope Castellanos": ("How do I start writing poetry?",
                         "Read a lot of poems aloud and copy lines you love into a notebook. Write short pieces often, "
                         "focusing on concrete images rather than big ideas. Join a workshop or online group for feedback."),
    "Desmond Banks": ("Is trombone hard to learn as an adult?",
                      "Trombone is quite approachable for adults: you can play simple tunes within weeks. The hardest part "
                      "is slide positions and tuning by ear. A few lessons early on stop bad habits."),
    "Savannah Achterberg": ("When is the best time to see the Milky Way?",
                            "The brightest part of the Milky Way is best seen from spring to early autumn on moonless nights, "
                            "away from city lights. Give your eyes 20 minutes to adjust. Check a light-pollution map for dark sites."),
    "Florian Sterling": ("What size violin does a 7-year-old need?",
                         "Most 7-year-olds play a 1/4 or 1/2 size violin, depending on arm length. A teacher or shop can "
                         "measure from neck to the middle of the palm with the arm outstretched. Renting is sensible while they grow."),
    "Amber Nakashima": ("Can I try glassblowing as a beginner?",
                        "Yes, many studios offer one-day taster sessions where you make a paperweight or a bauble with an "
                        "instructor. No experience is needed. Wear cotton clothes and closed shoes."),
    "Sydney Carvalho": ("What size surfboard should a beginner use?",
                        "Beginners do best on a big soft-top board, around 8 to 9 feet, which is stable and easy to paddle. "
                        "Heavier people need more volume. Move to a smaller board once you can catch and ride green waves."),
    "Victor Hale": ("How do I prevent frostbite when skiing?",
                    "Keep dry, wear layered gloves or mittens, and cover your face in strong wind. Move your fingers and toes "
                    "and take breaks indoors. Pale, numb skin is a warning sign: warm it gently, never by rubbing."),
    "Ingrid Bakker": ("Is speed skating a good workout?",
                      "Yes, speed skating is an excellent workout, building leg strength and endurance, and it is easy on the "
                      "joints. It also improves balance. Many rinks run beginner sessions with rental skates."),
    "Kofi Price": ("What is inflation, in simple terms?",
                   "Inflation is the rise in the general level of prices over time, so each pound or dollar buys a little "
                   "less. Central banks aim for low, steady inflation, often around 2 percent. They raise interest rates to slow it."),
    "Felix Drummond": ("How do I tell if a rock is volcanic?",
                       "Volcanic rocks often have tiny gas bubbles, a glassy look or very fine crystals, like basalt or "
                       "pumice. Pumice is light enough to float. A local geology club can help identify finds."),
    "Carmen Azevedo": ("What's the difference between fado and flamenco?",
                       "Fado is Portuguese song, often melancholy, sung with the Portuguese guitar and classical guitar. "
                       "Flamenco comes from Andalusia and combines song, guitar, dance and rhythmic clapping. Both express longing."),
    "Hunter Green": ("What camera settings are good for photographing birds?",
                     "Use a fast shutter speed, around 1/1000 s or faster, continuous autofocus and burst mode. Shoot "
                     "wide open or near it and let auto ISO handle the light. Focus on the eye."),
    "Autumn Kowal": ("Why is the sea salty?",
                     "Rain slowly dissolves minerals from rocks, and rivers carry them to the sea. When seawater evaporates, "
                     "the salts stay behind. Undersea vents add more."),
    "Meera Krishnan": ("What is a pulsar?",
                       "A pulsar is a rapidly spinning neutron star that sends beams of radio waves from its poles. As it "
                       "spins, the beams sweep past Earth like a lighthouse, so we see regular pulses. Some spin hundreds of times a second."),
}

# ---------------------------------------------------------------------------------------------------
# variation material
# ---------------------------------------------------------------------------------------------------
CHATTY_PREFIX = ["yo, ", "Hello! Quick one: ", "Morning! ", "umm ", "Question for you: ", "so basically "]
CHATTY_SUFFIX = [" ty", " Much appreciated!", " lol", " x", " thanks so much"]
LONG_CONTEXT = [
    "This might take a minute to explain. We moved house three weeks ago and everything is still in boxes, and I'm trying to get organised.",
    "Okay, context first: my mum asked me to look into this for her because she doesn't trust the internet.",
    "I've read a few forum threads about this and they all contradict each other, so I'd like a straight answer.",
    "Long story short, my friend and I made a bet about this over dinner last night.",
]
SMALLTALK = [
    [["human", "Hey, you there?"], ["ai", "I'm here! What can I do for you?"]],
    [["human", "Thanks for your help earlier with the spreadsheet."], ["ai", "You're welcome! Anything else?"]],
    [["system", "You are a helpful assistant for a public library's website."]],
]
