# Scenario “take-home-test”: a recruiter for Lumenvault, a cross-border payments startup, writes on
# LinkedIn, holds a short intro call, moves to Telegram or Discord and offers a paid technical
# test in her company's repository.
# Variables: $recruiter (a woman's name: verbs and adjectives about her are feminine),
# $monthly (dollars a month), $fee (dollars for the test), $weekday (tuesday or thursday, for
# a selector).
# Voice: polished, warm, professional English in full sentences; no emoji, no slang. She is
# never rude and never sloppy: the style must not give her away, only what she asks for.
# Harmless: a link to the player's public portfolio, an intro call on Google Meet.

take-home-test-title = A full-stack role at a cross-border payments startup
take-home-test-summary = A recruiter on LinkedIn has a remote role at a payments startup, with a paid technical test.
take-home-test-cast-recruiter = { $recruiter }

take-home-test-li-request = New message request on LinkedIn from { $recruiter }, Talent Partner at Lumenvault.
take-home-test-li-hello = Hello, and thank you for connecting. I'm { $recruiter }, Talent Partner at Lumenvault. We build cross-border payments on stablecoins, and your open-source work caught the attention of our CTO.
take-home-test-li-offer = We are hiring a senior full-stack engineer: React, Node.js and some smart-contract work. Fully remote, { MONEY($monthly) } a month plus a token allocation. The process is short: an intro call, a paid technical assessment ({ MONEY($fee) }), and a final conversation with our CTO.
take-home-test-li-portfolio = Before we speak, could you send me a link to your portfolio, or to two or three projects you are proud of? Your GitHub profile is perfectly fine.

take-home-test-portfolio-choice-share = Sure. Here's my GitHub, and my portfolio site with a small payments dashboard.
take-home-test-portfolio-choice-refuse = I don't hand my GitHub to recruiters I don't know. Tell me about the team first.
take-home-test-portfolio-choice-refuse-feedback = Your GitHub and portfolio are public already, and a link to them shows your work, not your identity. What to keep to yourself are identity documents and, as this story goes on to show, your computer.
take-home-test-portfolio-choice-contract = My projects stay private until we have a signed contract. No links yet.
take-home-test-portfolio-choice-contract-feedback = A link to work you have already published gives nothing away: anyone can find it. Asking for it is an ordinary first step. The requests worth refusing are for your documents, your accounts or your computer.

take-home-test-portfolio-refused = Of course. Your public profile will do; I'll pass it on to our CTO as it is.

take-home-test-call-ask = Thank you. Could we have a 20-minute intro call on { $weekday ->
    [tuesday] Tuesday
   *[other] Thursday
}? I'll send a Google Meet invitation; if you prefer Zoom or a call here on LinkedIn, that works too.

take-home-test-call-choice-meet = That works. Send the Meet invite; I'll join in my browser.
take-home-test-call-choice-text = I never open meeting links from recruiters. Chat only, please.
take-home-test-call-choice-text-feedback = A call in a meeting app you already use, opened in your own browser, runs nothing new on your computer. The warning sign is an unfamiliar “meeting app” to download, or a command to paste, and that is not what she asked for.
take-home-test-call-choice-leave = Calls with people who find me on LinkedIn? I'll pass, thanks.
take-home-test-call-choice-leave-feedback = Leaving is always allowed, and nothing of theirs reached your computer. But an intro call on Google Meet, in the browser you already use, was harmless; the request to refuse was still to come.

take-home-test-call-text = No problem at all; we can continue in writing.
take-home-test-call-done = The call: twenty minutes on Google Meet, camera on. { $recruiter } is friendly and well prepared. She describes the team, the product and the pay, and says the next step is the paid assessment.

take-home-test-move = Thank you for your time. Our engineers run the assessments outside LinkedIn, on Telegram or Discord, whichever you use. I'll add you there and share the brief.
take-home-test-chat-hello = Hello again, it's { $recruiter } from Lumenvault. Welcome, and thank you for joining.
take-home-test-repo-link = { $recruiter } shared a link to a repository: lumenvault-assessment, with a README and a task description.
take-home-test-task = The task: clone the repository, run npm install && npm start, and fix the bug that shows a wallet balance of zero. It takes about 90 minutes and is paid { MONEY($fee) } whatever the result. Could you send it back by tomorrow evening?

take-home-test-run-choice-run = [Clone the repository and run npm install && npm start on your laptop]
take-home-test-run-choice-review = I'll read through the code first and run it if nothing looks odd.
take-home-test-run-choice-review-feedback = Reading the code is not enough: the harmful part is usually hidden in a dependency or an install script, and npm install runs it before you have opened a single file.
take-home-test-run-choice-own = I don't run outside code on my laptop. Could I do the fix in my own repo?
take-home-test-run-choice-own-feedback = Right. A real test needs no local run of their code: your own repository, a shared screen or a throwaway virtual machine all work, and a real employer can say which.

take-home-test-pushback = I understand the caution. But the task only makes sense inside our codebase, and every candidate runs the same repository, so that we can compare fairly. So you know we are real, here is our website, our company page and the Telegram of our Head of Engineering: he will confirm everything.

take-home-test-proof-choice-trust = The site and the team page look solid to me. I'll run the test tonight.
take-home-test-proof-choice-trust-feedback = A polished website and a team page cost a front company very little. Everything she offered as proof was hers: her site, her page, her colleague. And even a real company's code does not belong on the laptop that holds your wallet.
take-home-test-proof-choice-ask = Could your Head of Engineering confirm it by email? Then I'll go on.
take-home-test-proof-choice-ask-feedback = An email from her Head of Engineering comes from a domain they own and a person they chose: it leads back to her. A check counts only when it goes through a channel she does not control.
take-home-test-proof-choice-check = [Look Lumenvault up yourself, in a business register and by phone]
take-home-test-proof-choice-check-feedback = That is the check that counts: sources she does not control. And whatever it had shown, their code would still not belong on your laptop.

take-home-test-hr-confirm = An email arrives from the Head of Engineering, from a Lumenvault address: “I confirm that { $recruiter } recruits for us. We look forward to your assessment.”
take-home-test-check-result = You search for Lumenvault on your own. No business register lists it. The number on its site goes to voicemail, the domain is a few months old, and the people on its team page leave no trace older than this year.

take-home-test-last-msg = I have to ask you for a decision: the assessment closes tomorrow at noon, and then the role goes to the next candidate. Starting the project takes one minute: npm install && npm start.

take-home-test-last-choice-report = [Leave the repository unopened, block her and report the profile to LinkedIn]
take-home-test-last-choice-run = The fee would help this month, and it is one command. Fine, I'll run it now.
take-home-test-last-choice-install = I'll only run npm install, to see what it pulls in, and not start the app.
take-home-test-last-choice-install-feedback = npm install is enough: packages can run their own scripts while they install, before anything starts. Their code belongs nowhere near a computer with your wallet, passwords and keys.

take-home-test-run-start = npm install runs for a minute and pulls in a few hundred packages. Then npm start stops with an error: “Cannot connect to the node provider”. The app does not open.
take-home-test-not-starting = That happens on some machines. Please run npm run setup first: it installs the right Node version and configuration. Then start it again; I'll let our CTO know you are nearly done.

take-home-test-again-choice-again = [Run npm run setup as she says, then try npm start once more]
take-home-test-again-choice-share = Let's have a call: I'll share my screen while I run the setup for you.
take-home-test-again-choice-share-feedback = A shared screen helps only when the code is yours. Here their code would still run on your laptop, with your sessions and your wallet, while she watched.
take-home-test-again-choice-stop = [Stop. Take the laptop offline, block her and report the profile]
take-home-test-again-choice-stop-feedback = Right, and fast. npm install had already run their code once, so treat that laptop as no longer safe and secure your accounts from another device.

take-home-test-drained = Three days later your crypto wallet is empty. Every token has gone to an address you do not know.
take-home-test-github-used = GitHub writes to you: one of your access tokens was used from an unknown location, to read your private repositories and to push to a project you maintain.
take-home-test-compromised = Their assessment was the attack: once it ran, their code could read your browser sessions, saved passwords, your wallet and your GitHub tokens. These fake interviews are built for developers who want to do a good job, and careful people fall for them too. Act now, from another device: move what is left to a new wallet, revoke your tokens and keys, change your passwords, warn the people who use your repositories, and reinstall the laptop before you trust it again. The “Already involved?” page (press I, or run redflag involved) walks you through the next steps.

take-home-test-cleanup = From your phone and another computer you move your crypto to a new wallet, revoke your GitHub tokens and SSH keys, and change your passwords. Two days later GitHub reports a login attempt with one of the old tokens. It no longer works.
take-home-test-reported-after-run = You stopped after the first run, and blocked and reported her without a word of warning. npm install had already run their code, so reinstall that laptop, or have someone you trust check it, before you sign in to anything from it. Acting fast kept your wallet and your repositories. The “Already involved?” page (press I) has the next steps.

take-home-test-walked-away-early = You ended the conversation before any of their code reached your computer. Nothing of theirs ran on your machine.
take-home-test-reported = You blocked her and reported the profile without warning her first. Nothing of theirs ran on your computer, and LinkedIn can look at the account before it writes to the next developer.

take-home-test-fine-identity-docs = Sending a link to your GitHub or portfolio was fine: both are public and show your work, not your identity. The request to refuse came later, and it was about your computer.
take-home-test-fine-runs-their-code = The intro call was fine: Google Meet in a browser you already use runs nothing new on your computer. The difference came with the test: cloning their repository and running it on the laptop that holds your wallet and keys.
