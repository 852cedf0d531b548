# Scenario “hiring-laptop-redirect”: the player onboards a remote contractor hired last week.
# Variables: $contractor (the name in the contract), $it (the colleague who looks after IT),
# $home (columbus, atlanta or phoenix: the home city in the contract; it also picks the state
# of the “cousin”), $hours (hours without an answer), $countries (number of countries in the
# sign-in records).
# The contractor writes cheerful, quick Slack messages with small typos. The IT colleague is calm
# and precise.

hiring-laptop-redirect-title = The cousin's address
hiring-laptop-redirect-summary = You lead a small team and are onboarding a remote contractor you hired last week. The company laptop is ready to ship.
hiring-laptop-redirect-cast-contractor = { $contractor }
hiring-laptop-redirect-cast-it = { $it }

hiring-laptop-redirect-joined = { $contractor } joined #onboarding. The contract was signed last week; the home address in it is in { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-laptop-redirect-hi = hi everyone!! so happy to be on the team 🙌 cant wait to start monday
hiring-laptop-redirect-it-laptop = Welcome, { $contractor }! I'm { $it }, I look after IT here. Your laptop is set up; I'll ship it today to the address in your contract, okay?
hiring-laptop-redirect-redirect = ah about that 😅 could you send it to my cousins place in { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
} instead? im staying with him the next weeks, family situation. ill DM you the address

hiring-laptop-redirect-redirect-2 = its just temporary, 2-3 weeks max, and my cousin is super reliable 😊

hiring-laptop-redirect-ship-choice-contract-address = Sorry to hear that. We ship company laptops only to the home address in the contract; it can wait for you there.
hiring-laptop-redirect-ship-choice-video = Let's do a quick video call first, so I understand the situation and we can confirm the new address together.
hiring-laptop-redirect-ship-choice-video-feedback = Good instinct. A laptop that goes to a different address than the verified one is a known sign of a laptop farm, where one helper keeps many company laptops running for people abroad.
hiring-laptop-redirect-ship-choice-ship = No problem, DM { $it } the new address.

hiring-laptop-redirect-video-reply = sure sure, maybe tomorrow? today is crazy with the family stuff 🙏 anyway no stress about the laptop
hiring-laptop-redirect-shipped-event = { $it } ships the laptop to the new address. Two days later the tracking page says: delivered.

hiring-laptop-redirect-personal = btw can i just work on my own PC? its much faster than a standard laptop and i have everything set up already. most contractors do it like that 👍

hiring-laptop-redirect-personal-choice-refuse = Company code stays on company devices, with our security setup. That's the same for everyone on the team.
hiring-laptop-redirect-personal-choice-ask-it = Let me check with { $it } what our security policy says.
hiring-laptop-redirect-personal-choice-ask-it-feedback = Asking IT is right. Insisting on a personal computer is one of the signs security researchers list for proxy workers: on a private machine nobody can see who is really working.
hiring-laptop-redirect-personal-choice-allow = Sure, use whatever works best for you.

hiring-laptop-redirect-personal-reply = ok np 👍 laptop it is then
hiring-laptop-redirect-allow-reply = awesome, thx!! 🙌 so much easier
hiring-laptop-redirect-it-policy = Policy is clear: company devices only, with our security software and two-factor login. And honestly, “send the laptop somewhere else” plus “I'd rather use my own PC” is a combination the security vendors warn about.

hiring-laptop-redirect-week-one = Week one: { $contractor }'s first pull requests arrive. The code is good. Every commit was made between midnight and 6 a.m. your time.
hiring-laptop-redirect-week-two = Week two.
hiring-laptop-redirect-night-owl = { $contractor } missed both daily stand-ups. Your messages stay unanswered for { $hours } hours; the replies arrive in the middle of your night.
hiring-laptop-redirect-night-msg = sorry sorry, internet was down again 😩 im on it now!! (sent at 3:40 a.m. your time)
hiring-laptop-redirect-no-calls = cant join the call today, mic is broken 😕 lets do everything in chat pls
hiring-laptop-redirect-no-calls-event = That is the third call in a row { $contractor } has skipped. Chat replies come quickly at night and hardly ever during your working day.

hiring-laptop-redirect-reach-choice-hours = We agreed on core hours. I need you on a video call today at 2 p.m., camera on.
hiring-laptop-redirect-reach-choice-check = { $it }, could you have a look at where { $contractor }'s logins are coming from?
hiring-laptop-redirect-reach-choice-check-feedback = Good call. A worker who is never there in business hours may be in a very different time zone from the one on paper, and the sign-in records show it.
hiring-laptop-redirect-reach-choice-async = No worries, async works for us.

hiring-laptop-redirect-hours-reply = ok ok will try 🙏 internet is bad here tho
hiring-laptop-redirect-no-show = 2 p.m.: the call starts. { $contractor } does not join, and does not answer.

hiring-laptop-redirect-it-report = Subject: Sign-in records for { $contractor }. I went through our access records, and something stands out. Over the last 48 hours, their accounts signed in from { $countries } different countries, mostly through Astrill VPN. Twice, two sessions were open at the same time on different continents.
hiring-laptop-redirect-it-tools = And the laptop we shipped: it now runs three remote-management tools that we never installed. Someone is controlling it from elsewhere.
hiring-laptop-redirect-it-blind = On the personal computer we can't see anything at all, which is exactly the problem.
hiring-laptop-redirect-it-ask = How do you want to handle this? I can lock everything within minutes.

hiring-laptop-redirect-logs-choice-suspend = Please suspend all their access now and keep the records. Then we decide the rest.
hiring-laptop-redirect-logs-choice-suspend-feedback = Right order: first protect the company, then ask questions. Records kept now are evidence later.
hiring-laptop-redirect-logs-choice-ask = Let me ask { $contractor } for an explanation first.
hiring-laptop-redirect-logs-choice-ignore = Lots of people use a VPN for privacy. Let's not overreact.

hiring-laptop-redirect-it-done = Done. All access is suspended, and the records are saved.
hiring-laptop-redirect-excuse = Hi! yes i use VPN for security, its totally normal in my field. and my cousins friends use the wifi sometimes, maybe thats it? everything is fine, please dont worry 🙏

hiring-laptop-redirect-excuse-2 = also pls dont lock my accounts, i have a deadline tomorrow and the team needs me 🙏

hiring-laptop-redirect-final-choice-report = We end the contract, report the profile to the platform we hired through, and file a report with the FBI's IC3 (ic3.gov).
hiring-laptop-redirect-final-choice-report-feedback = Reporting helps the next company. Keep the Slack history, the shipping record and IT's sign-in report: they are what investigators need.
hiring-laptop-redirect-final-choice-end = We end the contract today and revoke all access.
hiring-laptop-redirect-final-choice-keep = The work has been fine so far. Let's give it another month.

hiring-laptop-redirect-month-later = A month later, { $it } finds a private code repository copied to an unknown account. The next day an email arrives: pay, or the code goes public.
hiring-laptop-redirect-compromised = Someone you never met worked inside your company under a borrowed name, most likely from abroad. The FBI warns that such workers copy company code and demand money, and the pay they earned leaves the country: the UN links this income to North Korea's weapons programmes. It has happened to hundreds of companies; what matters now is to act. Cut all access, change passwords and keys, keep the records, don't pay, and report to the platform and the FBI's IC3 (ic3.gov).

hiring-laptop-redirect-walked-away = You ended the contract before any damage was done. A laptop meant for somewhere else, a wish for a private computer, a worker who is never there in your daytime, and sign-ins from several countries: together they fit a laptop farm.
hiring-laptop-redirect-reported = You ended it and reported it. The platform can stop this identity from being placed at the next company, and your records add to what the FBI knows about these schemes.
