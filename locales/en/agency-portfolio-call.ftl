# Scenario “agency-portfolio-call”: a legitimate client. Variables: $client (a name),
# $budget (dollars, fixed price), $weekday (tuesday or thursday).
# The client writes politely and clearly, like a small studio's project lead.

agency-portfolio-call-title = A design studio with a React project
agency-portfolio-call-summary = A small studio invites you to a fixed-price job and wants to meet first.
agency-portfolio-call-cast-client = { $client }

agency-portfolio-call-hello = Hello! I'm { $client } from Northlight Studio, a small design agency. We liked your portfolio and invited you to our job post “Marketing site in React”.
agency-portfolio-call-call = The budget is fixed at { MONEY($budget) }, paid in three milestones through Upwork. Before we send the offer, could we do a 20-minute video call here on Upwork, on { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
}? We'd like to go through two of your past projects with you.
agency-portfolio-call-call-choice-accept = Sure, that works. I'll show you the two projects.
agency-portfolio-call-call-choice-who = Happy to. Who will be on the call from your side?
agency-portfolio-call-call-choice-who-feedback = Asking is always fine. A client who wants to meet you, on the platform, before hiring you is doing their homework.
agency-portfolio-call-call-choice-refuse = Sorry, I don't do video calls with clients.
agency-portfolio-call-call-choice-refuse-feedback = Meeting a client yourself, on the platform's own call, is normal. The red flag is being asked to appear on video for someone else.
agency-portfolio-call-no-call = No problem, we can go through the projects in writing instead. It just takes a little longer.

agency-portfolio-call-offer = { $client } sent you a contract offer on Upwork: fixed price, { MONEY($budget) }, three milestones.
agency-portfolio-call-email = The offer is out! Once you accept, we'd like to move the detailed spec discussion to email, with our project manager in copy. Payments stay on Upwork, of course.
agency-portfolio-call-email-choice-accept = Accepted. Email is fine for the spec; milestones stay on Upwork.
agency-portfolio-call-email-choice-refuse = I only talk on Upwork, not by email.
agency-portfolio-call-email-choice-refuse-feedback = Careful is good, but here the contract and payments are already on Upwork. Moving day-to-day details to email after that is common and safe.
agency-portfolio-call-stay-here = Understood, we'll keep everything here then.

agency-portfolio-call-email-hello-spec = Hi again, and thanks for accepting! The spec is attached. Milestone 1 is the homepage; our PM will set up the kickoff for next week.
agency-portfolio-call-email-hello = Welcome aboard! Here's the spec as a PDF. Our PM will send a kickoff invite for next week.
agency-portfolio-call-tracker = One more thing for later: the maintenance part will be hourly, with Upwork's own time tracker in the Upwork desktop app. You install it from Upwork's site; it only records time and screenshots while you track this contract.
agency-portfolio-call-tracker-choice-install = Fine, I'll install the Upwork desktop app from Upwork's site when we get there.
agency-portfolio-call-tracker-choice-check = Sounds fine. I'll check the hourly terms in the contract first.
agency-portfolio-call-tracker-choice-check-feedback = Checking is good practice. Here it confirms what the client said: the tracker is the platform's, not a remote-control tool.
agency-portfolio-call-tracker-choice-refuse = I won't install any software for a client.
agency-portfolio-call-tracker-choice-leave = This sounds like a scam. I'm out.
agency-portfolio-call-fixed-only = Okay, then let's keep it to the fixed-price part for now. Looking forward to working with you!

agency-portfolio-call-hired-fixed = You got the job. Refusing the platform's own time tracker cost you the hourly part, but the project goes ahead, safely on Upwork.
agency-portfolio-call-hired = You got the job. The call, the move to email after the contract, and the platform's own time tracker were all ordinary parts of a real project.
agency-portfolio-call-missed = You walked away from an honest client. Being careful is good; here every request stayed on the platform or came after a contract. Next time, check before you leave.
