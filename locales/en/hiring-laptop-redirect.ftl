# Scenario “hiring-laptop-redirect”: the player onboards a remote contractor hired last week.
# Variables: $contractor (the name in the contract; a woman: she/her), $it (the colleague who
# looks after IT; any gender, so no gendered words about them), $home (columbus, atlanta or
# phoenix: the home city in the contract; it also picks the state of the cousin),
# $hours (hours without an answer).
# The contractor writes casual, quick Slack messages: short lines, often lowercase, an emoji now
# and then, small slips. The IT colleague is calm and precise. Everyone on Slack is informal.

hiring-laptop-redirect-title = Onboarding a new contractor
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
hiring-laptop-redirect-redirect = ah about that, could you send it to my cousins place in { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
} instead? im staying with him next few weeks, family situation. its only temporary and he is super reliable, ill DM you the address

hiring-laptop-redirect-ship-choice-contract-address = Sorry about the family stuff. Laptops only go to the home address in the contract; it'll wait there.
hiring-laptop-redirect-ship-choice-contract-address-feedback = Right. A laptop sent to another address than the verified one is a known sign of a laptop farm, where one helper keeps many company laptops running for people abroad.
hiring-laptop-redirect-ship-choice-ship = Family comes first, of course. Just DM { $it } the address and we'll ship it to your cousin's today.
hiring-laptop-redirect-ship-choice-id-photo = Okay, if it's only a few weeks. Send { $it } the address and a photo of your ID, to be safe.

hiring-laptop-redirect-address-reply = Ok sure, no stress. ill sort something out
hiring-laptop-redirect-shipped-event = { $it } ships the laptop to the new address. Two days later the tracking page says: delivered.

hiring-laptop-redirect-personal = Also, can I just work on my own PC? its much faster than a standard laptop and i have everything set up already. most contractors do it like that 👍

hiring-laptop-redirect-personal-choice-weeks = Okay for the first couple of weeks while you settle in. After that, company laptop only.
hiring-laptop-redirect-personal-choice-weeks-feedback = A few weeks on a private machine is all a proxy worker needs: nobody can see who is really working, or from where, and the code has already left your devices. Company code stays on company devices from the first day.
hiring-laptop-redirect-personal-choice-ask-it = Let me check with { $it } first what our security policy says about personal computers.
hiring-laptop-redirect-personal-choice-ask-it-feedback = Asking IT is right. Insisting on a personal computer is one of the signs security researchers list for proxy workers: on a private machine nobody can see who is really working, or from where.
hiring-laptop-redirect-personal-choice-allow = Sure, if it's faster for you. Most of us have better machines at home than the laptop.

hiring-laptop-redirect-it-policy = Policy is clear: company devices only, with our security software and two-factor login. And honestly, “send the laptop somewhere else” plus “I'd rather use my own PC” is a combination the security vendors warn about.
hiring-laptop-redirect-personal-reply = ok np, company laptop it is then
hiring-laptop-redirect-allow-reply = awesome, thx!! so much easier

hiring-laptop-redirect-payroll = Quick question: HR sent me the payroll form for contractors. I just put my own bank account like normal, right? or do you pay some other way here?
hiring-laptop-redirect-payroll-choice-usual = Yes, your own account, same as everyone. HR pays every two weeks.
hiring-laptop-redirect-payroll-choice-later = Why ask about money in your first week? Let's leave that for later.
hiring-laptop-redirect-payroll-choice-later-feedback = That was an over-reaction. She asked to be paid through the normal payroll into her own account, which is exactly how it should be.
hiring-laptop-redirect-payroll-choice-slack = Hold on: send me your bank details here first, I'll check them myself.
hiring-laptop-redirect-payroll-thanks = perfect, done ✅
hiring-laptop-redirect-payroll-ok = Oh ok, sorry. I'll just do the HR form then

hiring-laptop-redirect-week-one = Week one: { $contractor }'s first pull requests arrive. The code is good. Every commit was made between midnight and 6 a.m. your time.
hiring-laptop-redirect-week-two = Week two.
hiring-laptop-redirect-night-owl = { $contractor } missed both daily stand-ups. Your messages stay unanswered for { $hours } hours; the replies arrive in the middle of your night.
hiring-laptop-redirect-night-msg = sorry sorry, internet was down again 😩 can we keep standups async in chat? works better for me (sent at 3:40 a.m. your time)
hiring-laptop-redirect-no-calls-event = { $contractor } has skipped the last three calls. Chat replies come quickly at night and hardly ever during your working day.
hiring-laptop-redirect-no-calls = Can't join the call today either, mic is broken. Lets do everything in chat from now on pls

hiring-laptop-redirect-reach-choice-hours = We agreed on core hours for a reason. Please join a video call today at 2 p.m., camera on.
hiring-laptop-redirect-reach-choice-hours-feedback = Right. A worker who is never there in business hours may be in a very different time zone from the one on paper. Agreed hours and a live call show whether the story holds.
hiring-laptop-redirect-reach-choice-daily = Okay, async for now. Just post a short update in chat every morning, our time.
hiring-laptop-redirect-reach-choice-daily-feedback = A morning update in chat can be written from any time zone, by anyone, and it keeps the arrangement that hides where the work is done. Agreed hours and a live call, camera on, are what test it.
hiring-laptop-redirect-reach-choice-async = Async in chat works fine for us. Good code is what counts, whatever hours you keep.

hiring-laptop-redirect-hours-reply = Ok, will try. internet is bad here tho
hiring-laptop-redirect-no-show = 2 p.m.: the call starts. { $contractor } does not join, and does not answer.

hiring-laptop-redirect-it-report = Subject: { $contractor }'s devices and sign-ins. I went through our device management and access records, and a few things stand out.
hiring-laptop-redirect-it-farm = The laptop we shipped reports in from a home connection in { $home ->
    [columbus] Tennessee
    [atlanta] North Carolina
   *[phoenix] Nevada
}, and it runs three remote-management tools we never installed. Our security provider has also seen laptops of several other companies on that same home IP address. Someone is working on it from elsewhere. How do you want to handle this? I can lock everything within minutes.
hiring-laptop-redirect-it-home = The laptop sits at the address in the contract, but it runs two remote-management tools we never installed, and all the work comes in through them, at night. Someone is working on it from elsewhere. How do you want to handle this? I can lock everything within minutes.
hiring-laptop-redirect-it-blind = The personal PC is a black box to us: her account signs in through Astrill VPN, so we can't see where the work is really done. That is exactly the problem. How do you want to handle this? I can lock everything within minutes.

hiring-laptop-redirect-logs-choice-suspend = Please suspend all of her access now and keep the records. Then we decide the rest.
hiring-laptop-redirect-logs-choice-suspend-feedback = Right order: first protect the company, then ask questions. Records kept now are evidence later.
hiring-laptop-redirect-logs-choice-ask = Let's keep her access on for now, and I'll ask { $contractor } myself what this is about.
hiring-laptop-redirect-logs-choice-ask-feedback = Asking first leaves the access open and warns her: whoever is behind the account gets time to copy what they can and to prepare an answer. Suspend the access and keep the records first; questions come after.
hiring-laptop-redirect-logs-choice-ignore = Remote tools and VPNs are normal in IT. The work is good; let's not overreact.

hiring-laptop-redirect-it-done = Done. All access is suspended, and the records are saved.
hiring-laptop-redirect-locked = hey my accounts are locked?? i use remote tools and VPN for security, totally normal in my field. pls unlock today, i have a deadline tomorrow 🙏
hiring-laptop-redirect-excuse = Hi! yes i use remote tools and a VPN for security, its totally normal in my field. and my cousin works from home too, maybe thats the other laptops?
hiring-laptop-redirect-excuse-2 = everything is fine, pls dont lock my accounts, i have a deadline tomorrow and the team needs me 🙏

hiring-laptop-redirect-final-choice-report = [End the contract, keep access locked and report the profile to the platform]
hiring-laptop-redirect-final-choice-report-feedback = Quietly ending it and reporting helps the next company. Keep the Slack history, the shipping record and IT's report: they are what the platform and investigators need.
hiring-laptop-redirect-final-choice-uninstall = Remove those remote tools and the VPN today, and then you can keep working with us.
hiring-laptop-redirect-final-choice-uninstall-feedback = Removing the tools does not change who was doing the work, or from where; it only hides it better next time. The records already show a laptop worked from elsewhere: end the contract, keep the evidence and report it.
hiring-laptop-redirect-final-choice-keep = The code has been good, and deadlines matter. Unlock it, and we'll look again in a month.

hiring-laptop-redirect-month-later = A month later, { $it } finds a private code repository copied to an unknown account. The next day an email arrives: pay, or the code goes public.
hiring-laptop-redirect-compromised = Someone you never met worked inside your company under a borrowed name, most likely from abroad, through a laptop kept running for them. The FBI warns that such workers copy company code and demand money, and the pay they earned leaves the country: the UN links this income to North Korea's weapons programmes. It has happened to hundreds of companies, careful ones too; what matters now is to act. Cut all access, change passwords and keys, keep the records, don't pay, and report the profile.

hiring-laptop-redirect-reported = You ended it and reported it. The platform can stop this identity from being placed at the next company.

hiring-laptop-redirect-fine-payment-redirect = Being paid through the usual payroll, into an account in her own name, is exactly how it should be, and asking how it works is normal in a first week. The warning sign is pay sent to someone else, abroad or in crypto.
