# Scenario “take-home-own-repo”: an honest recruiter for Halden Pay, a payments startup in
# Vilnius, writes on LinkedIn, moves to Telegram for scheduling and offers a paid take-home
# task, done in the player's own repository and reviewed on a screen-shared call.
# Variables: $recruiter (a man's name: verbs and adjectives about him are masculine),
# $monthly (dollars a month), $fee (dollars for the task), $weekday (tuesday or thursday, for
# a selector).
# Voice: casual and friendly, short lines, some lowercase starts and a few emoji; English is
# not his first language (a missing article, “I take”), never mocked.
# Harmless: the portfolio link, the move to Telegram, the screen-shared review. The request to
# decline: running the setup script from their tools repository.

take-home-own-repo-title = A full-stack role at a payments startup
take-home-own-repo-summary = A recruiter on LinkedIn has a remote role at a fintech startup, with a paid take-home task.
take-home-own-repo-cast-recruiter = { $recruiter }

take-home-own-repo-li-request = New message request on LinkedIn from { $recruiter }, tech recruiter at Halden Pay.
take-home-own-repo-li-hello = hey! { $recruiter } here, I do tech hiring at Halden Pay. We are payments startup in Vilnius, about 40 people. Saw your Node projects on GitHub, really clean work
take-home-own-repo-li-offer = We need full-stack dev, React + Node, remote, { MONEY($monthly) } a month. Process is short: paid take-home task ({ MONEY($fee) }), then review call with our lead dev, then offer. Interested?
take-home-own-repo-li-portfolio = Cool. Can you send me link to your portfolio, or 2-3 projects you like most? GitHub is fine.

take-home-own-repo-portfolio-choice-share = Sure, here's my GitHub and portfolio. The payments dashboard is closest.
take-home-own-repo-portfolio-choice-refuse = I'd rather not send my GitHub to someone I don't know. What's the team like?
take-home-own-repo-portfolio-choice-refuse-feedback = Your GitHub and portfolio are public already, and a link shows your work, not your identity. The requests worth refusing are for documents, accounts or control of your computer.
take-home-own-repo-portfolio-choice-contract = My work stays private until we have a contract. Links after that, okay?
take-home-own-repo-portfolio-choice-contract-feedback = A link to work you have already published gives nothing away: anyone can find it. Asking for it is an ordinary first step in hiring.

take-home-own-repo-portfolio-refused = ok sure, no problem. I take what is on your public profile then.

take-home-own-repo-li-move = honestly I open LinkedIn inbox maybe once a day 😅 for scheduling Telegram is much easier for me. Ok if I add you there?

take-home-own-repo-move-choice-check = Fine. I'll look up Halden Pay on my own first, then add you.
take-home-own-repo-move-choice-check-feedback = Good habit: you check the company through sources he does not control, and the messenger is only for scheduling.
take-home-own-repo-move-choice-stay = I'd rather keep it all here on LinkedIn until there's a contract.
take-home-own-repo-move-choice-stay-feedback = That's allowed, and he goes along with it. A messenger for scheduling is not the danger in itself: what matters is whether you can check who he is, and what you are asked to do.
take-home-own-repo-move-choice-pass = [Block him and report his profile to LinkedIn: Telegram is where job scams happen]
take-home-own-repo-move-choice-pass-feedback = A messenger for scheduling is not the danger in itself. What counts is whether you can check the company through channels he does not control, and what you are asked to do. Here the company was easy to check.

take-home-own-repo-stay-reply = Sure, no problem, we stay here then.

take-home-own-repo-register = You search for Halden Pay yourself. The business register lists it in Vilnius, founded three years ago. You call the office number on its own site, and the person who answers confirms that { $recruiter } works in their hiring team and that the role is open.
take-home-own-repo-office = You find Halden Pay's own site yourself, and the role is on its careers page. You write to the general address there, and a colleague answers from the company's domain: yes, { $recruiter } recruits for them, and the role is open.

take-home-own-repo-tg-hello = Hi, { $recruiter } from Halden here 👋 thanks for adding me
take-home-own-repo-task = So, the take-home: small API and UI that splits one payment across two cards. You do it in your own repo, public or private, as you like. About 3 hours. We pay { MONEY($fee) } after the review, whatever the result.
take-home-own-repo-agreement = An email from Halden Pay's HR, from the company's domain: a one-page agreement for the paid task. { MONEY($fee) }, paid to your own account; the code you write stays yours.

take-home-own-repo-script = Oh, and tip: our lead made a setup script, it installs the right Node version and seeds test data. Saves like an hour. It's in our tools repo, just clone it and run setup.sh.

take-home-own-repo-script-choice-decline = Thanks, but no outside scripts on my laptop. I'll set up Node and data myself.
take-home-own-repo-script-choice-decline-feedback = Right. He is probably honest, but from outside a friendly setup script looks exactly like the ones that steal wallets and keys. A task in your own repository needs nothing of theirs on your computer.
take-home-own-repo-script-choice-run = An hour saved sounds great. I'll clone the tools repo and run it tonight.
take-home-own-repo-script-choice-read = I'll read through the script first, and if it looks clean, I'll run it.
take-home-own-repo-script-choice-read-feedback = Reading helps less than it seems: a script can fetch more code while it runs, and harmful parts hide well. Your own setup, or a throwaway virtual machine, keeps their code away from your accounts and keys.

take-home-own-repo-script-ok = fair, totally fine 👍 the versions are in the task readme, you need nothing else
take-home-own-repo-script-ran = You run the script. It installs a Node version manager and a small test database, and nothing else happens that you can see.
take-home-own-repo-task-done = You build the task over an evening, in your own repository, and send { $recruiter } the link.

take-home-own-repo-review-ask = Thanks, got it! Our lead wants review call on { $weekday ->
    [tuesday] Tuesday
   *[other] Thursday
}, 45 min on Google Meet. You share your screen, walk him through your code, he asks questions.

take-home-own-repo-review-choice-share = Sounds good. I'll share my screen and walk him through it.
take-home-own-repo-review-choice-refuse = No screen sharing for me. He can read the repo and write.
take-home-own-repo-review-choice-refuse-feedback = Sharing your own screen, in a meeting app you already use, leaves you in control: he sees what you choose to show and cannot touch anything. Remote-control tools are another matter, and nobody asked for one.
take-home-own-repo-review-choice-pass = Screen sharing with strangers? I'd rather stop here, sorry.
take-home-own-repo-review-choice-pass-feedback = A screen share of your own code, in your own meeting app, gives nobody control of your computer. It is a normal way to review a take-home task, and here it was the last step before an offer.

take-home-own-repo-review-no = hmm, the live walkthrough is kind of the interview for us. You can share only your editor window, nothing else. Would that work?
take-home-own-repo-review-again-agree = Alright, the editor window only. Book it.
take-home-own-repo-review-again-written = Still no. Could he send his questions by email?
take-home-own-repo-review-again-decline = Sorry, no screen sharing at all. I'll pass.

take-home-own-repo-review-call = The call: you share your editor window, and the lead asks why you split the payment that way and how you would test it. He points out one edge case you missed, and you fix it together in your own code.
take-home-own-repo-fee-paid = Two days later { MONEY($fee) } arrives in your own bank account, as the agreement said.
take-home-own-repo-offer = Lead liked your work a lot. We want to make you an offer! Contract comes from HR through our hiring system, in your name.
take-home-own-repo-contract = The contract arrives by email from Halden Pay's domain: your name, full-time, remote, { MONEY($monthly) } a month, paid to your own account.
take-home-own-repo-script-note = One thing to keep in mind: you ran a script from their repository on your own laptop. This time it was harmless, but from the outside it looked exactly like the scripts that steal wallets and keys. Next time, set up the environment yourself.

take-home-own-repo-hired = You got the job. The move to Telegram was only for scheduling, the company could be checked through sources he did not control, the task lived in your own repository, and the review was a screen share you controlled.
take-home-own-repo-missed-move = You passed on a real job. A recruiter who moves to a messenger is worth a second look, and here that look was easy: the business register, the office number on the company's own site, and a task in your own repository. Check first, then decide.
take-home-own-repo-missed-review = You passed on a real job over a screen share. Showing your own code in a meeting app you already use gives nobody control of your computer; the warning sign is being asked to run their code or install their tools.

take-home-own-repo-fine-identity-docs = Sending a link to your GitHub or portfolio was fine: both are public and show your work, not your identity. Passport photos and ID scans are the things to keep for an employer's own onboarding.
take-home-own-repo-fine-off-platform = Moving to Telegram to schedule was fine here. The company could be checked through its register and its own office, which he did not control, and the task, the pay and the contract all stayed in your own name.
take-home-own-repo-fine-remote-access = The screen-shared review was fine: you showed your own code, in a meeting app you already use, and kept control of your computer. The warning sign is a request to run their code or install a remote-control tool.
