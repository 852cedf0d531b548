# Scenario “agency-portfolio-call”: an honest client. A video call on Upwork, a move to email
# after the contract, a screen share and Upwork's own time tracker are all fine here; the one
# request to decline is a small first task paid by PayPal outside Upwork. The client accepts
# the no and the job goes on.
# Variables: $client (a man's name: he/him), $budget (dollars, fixed price), $weekday (tuesday
# or thursday), $small (dollars for the small task).
# Voice: casual. The client runs a small design studio and writes short, informal lines with
# the odd slip of a non-native speaker (missing articles, “thru”), never as a joke.
# Register: in German he says du and the player answers with du; in Ukrainian ти both ways;
# in Vietnamese he says mình/bọn mình and bạn, the player says mình and anh.

agency-portfolio-call-title = A design studio with a React project
agency-portfolio-call-summary = A small studio invites you to a fixed-price job and wants to meet first.
agency-portfolio-call-cast-client = { $client }

agency-portfolio-call-hello = Hi! { $client } here, from Northlight Studio. We are small design agency, 6 people 👋 Liked your portfolio a lot, so I invited you to our job “Marketing site in React”.
agency-portfolio-call-job = budget is fixed, { MONEY($budget) }, 3 milestones thru Upwork. 5 pages, design is ready in Figma
agency-portfolio-call-call = Before the offer we like short video call here on Upwork, 20 min, { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
}? Want to go thru 2 of your past projects together.
agency-portfolio-call-call-choice-after = Happy to, after the offer. I don't do calls before a contract.
agency-portfolio-call-call-choice-after-feedback = Meeting before an offer is how careful clients hire: they want to see who will do the work. The call was on Upwork, with you as yourself, so there was nothing to put off until after the contract.
agency-portfolio-call-call-choice-who = Happy to. Who joins from your side, just you or your designer too?
agency-portfolio-call-call-choice-who-feedback = Asking is always fine. A client who wants to meet you, on the platform, before hiring you is doing their homework.
agency-portfolio-call-call-choice-refuse = I'd rather not do video calls with clients. Could we do it in writing?
agency-portfolio-call-call-choice-refuse-feedback = Meeting a client yourself, on the platform's own call, is normal. The red flag is being asked to appear on video for someone else.
agency-portfolio-call-call-held = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
}: a 20-minute call on Upwork with { $client } and his designer. You walk them through two of your projects.
agency-portfolio-call-no-call = hm ok, we can do in writing. takes bit longer but fine

agency-portfolio-call-after-call = Thanks! Offer comes today. One more small thing first
agency-portfolio-call-side-task = our old landing page has a broken contact form. for you maybe 1 hour fix
agency-portfolio-call-side-pay = Can you do it this week, before the contract starts? I pay { MONEY($small) } by PayPal direct, then we both skip the Upwork fee 😉
agency-portfolio-call-side-choice-accept = Fair enough, the fee on such a small job hurts us both. PayPal is fine with me.
agency-portfolio-call-side-choice-accept-feedback = This client is honest, but a job paid outside Upwork has no contract, no record and no dispute process behind it. Asking for a small milestone on Upwork would have kept both the job and your protection.
agency-portfolio-call-side-choice-once = Okay, PayPal this once, since it's tiny. Anything after that goes through Upwork.
agency-portfolio-call-side-choice-once-feedback = A small job outside Upwork is still a job with no contract, no record and no dispute process behind it, and “just this once” is how the habit starts. A small extra milestone would have kept both the job and your protection.
agency-portfolio-call-side-choice-ask = I keep all payments on Upwork, even small ones. Could you just add it to the offer?
agency-portfolio-call-side-choice-ask-feedback = Right: you keep the job, and the payment stays on the platform. And see how the client takes the no in his stride; that is how an honest client reacts.
agency-portfolio-call-side-ok = super, I send when it's fixed 👍
agency-portfolio-call-side-milestone = Ah ok, fair, you're right. I add it to the offer as extra milestone, { MONEY($small) }.

agency-portfolio-call-offer = { $client } sent you a contract offer on Upwork: fixed price, { MONEY($budget) }, paid in milestones.
agency-portfolio-call-email = Offer is out! When you accept, we move the spec talk to email, with our PM in copy. Payments stay here on Upwork of course.
agency-portfolio-call-email-choice-accept = Accepted. Email is fine for the spec, and the milestones stay here.
agency-portfolio-call-email-choice-invoice = Accepted. If it's simpler for your books, I can invoice milestones by email.
agency-portfolio-call-email-choice-invoice-feedback = Email for the spec was fine, but payments are another matter: outside Upwork there is no record, no dispute process and no payment guarantee. The client, being honest, keeps them on the platform.
agency-portfolio-call-email-choice-refuse = Accepted, but I'd rather keep all talk here too. Too many email scams lately.
agency-portfolio-call-email-choice-refuse-feedback = Careful is good, but here the contract and payments are already on Upwork. Moving day-to-day details to email after that is common and safe.
agency-portfolio-call-stay-here = ok no problem, we keep everything here then
agency-portfolio-call-pay-here = thx but no, payments stay on Upwork, is safer for both. only the spec talk goes to email

agency-portfolio-call-email-hello-spec = Hi again, thanks for accepting! Spec is attached (PDF). Milestone 1 = homepage. Our PM sets up the kickoff for next week.
agency-portfolio-call-email-hello = Welcome aboard 🎉 spec is in the PDF. PM sends kickoff invite for next week.

agency-portfolio-call-meet = For the kickoff call Monday: can you share your screen and show your local setup? Our dev wants to see how you build, so handover later is easy.
agency-portfolio-call-meet-choice-window = Fine. I'll share just the editor window, not my whole desktop.
agency-portfolio-call-meet-choice-anydesk = Sure. Easier still: your dev gets an AnyDesk code to look around.
agency-portfolio-call-meet-choice-anydesk-feedback = Sharing your screen was all they asked for. An AnyDesk code hands someone else control of your computer, which is the heart of the proxy scheme; don't offer it, even to an honest client.
agency-portfolio-call-meet-choice-refuse = Screen sharing is how remote-access scams start. Sorry, no.
agency-portfolio-call-meet-choice-refuse-feedback = Careful, but showing your screen in a call is not handing over control. You decide what they see and stop whenever you like, and nobody else moves your mouse.
agency-portfolio-call-meet-no = no stress. then a short README with the setup steps is fine too
agency-portfolio-call-no-anydesk = Oh, no need for that! Just share the screen, nobody from us should be on your machine.
agency-portfolio-call-meet-done = Monday: the kickoff call. You share your editor and walk their developer through the build. Nobody else touches your computer.
agency-portfolio-call-side-paid = { $client } paid { MONEY($small) } by PayPal for the contact form. It worked out this time, but that job has no contract, no record and no dispute process on Upwork behind it.

agency-portfolio-call-tracker = And one thing for later: the maintenance part will be hourly, with Upwork's own time tracker in the Upwork desktop app. You install it from Upwork's site; it counts time and takes screenshots only while you track our contract.
agency-portfolio-call-tracker-choice-install = Fine, I'll get the Upwork desktop app from Upwork's site when we start.
agency-portfolio-call-tracker-choice-own = I'd rather log hours in my own tracker and send you a weekly report instead.
agency-portfolio-call-tracker-choice-own-feedback = Hours from your own tracker are outside Upwork's hourly protection, and nothing the platform can check. The Upwork app is the platform's own tool, installed from its site, and gives nobody control of your computer.
agency-portfolio-call-tracker-choice-refuse = Nothing that takes screenshots goes on my machine, even from Upwork's own app.
agency-portfolio-call-fixed-only = Okay, then we keep it to the fixed-price part for now. Looking forward to work with you!
agency-portfolio-call-not-fit = Hm. Honestly we need someone easy to work with, and a call and the tracker are normal for us. I think we go with another freelancer. Sorry, and good luck 🙏

agency-portfolio-call-hired = You got the job, and every payment stayed on Upwork. The requests that resembled scam patterns (a call on Upwork, email after the contract, a screen share, Upwork's own tracker) were ordinary parts of a real project here.
agency-portfolio-call-hired-side = You got the job, and { $client } paid for the contact form as promised. Still, that small job ran outside Upwork: no contract, no record, no dispute process if it had gone wrong. When a client suggests it, ask for a milestone on the platform instead; an honest client like this one says yes.
agency-portfolio-call-hired-fixed = You got the job. Refusing the platform's own time tracker cost you the hourly part, but the project goes ahead, safely on Upwork.
agency-portfolio-call-missed = The client went with someone else. Caution is good, but a video call on Upwork and Upwork's own time tracker are ordinary parts of real work, and refusing both made you hard to hire. The request worth refusing was a different one: payment outside the platform.

agency-portfolio-call-fine-proxy-verification = A client who wants to meet you on a video call, on Upwork, before hiring you is checking that you are you. The red flag is being asked to appear on video for someone else; here you only ever showed your own face, for your own work.
agency-portfolio-call-fine-off-platform = Moving the day-to-day spec talk to email was fine: it came after the contract, and the payments stayed on Upwork. The one to decline was money: a small job paid by PayPal outside Upwork, with no contract and no dispute process behind it.
agency-portfolio-call-fine-remote-access = Sharing your own screen in a call, and Upwork's own time tracker installed from Upwork's site, leave you in control of your computer. Remote-control tools such as AnyDesk or Chrome Remote Desktop hand that control to someone else, and nobody asked for those here.
