# Scenario “japanese-client”: a “client from Osaka” finds you on GitHub, moves the talk to
# Discord, avoids any call in Japanese, then pushes for Chrome Remote Desktop in private.
# His first question (your time zone and weekly hours) is harmless.
# Variables: $client (a man's name: he/him), $colleague (a woman's name: she/her; the player's
# own colleague), $handle (a Discord user name), $rate and $bonus (dollars), $repo (parser or
# charts, for a selector).
# Voice: polished. The client writes clean, courteous, professional English without emoji;
# the colleague writes naturally and briefly.
# Register: in German the client says du (as is usual among developers on GitHub and Discord)
# and the player answers with du; in Ukrainian ви both ways; in Vietnamese he says tôi/bạn and
# the player says mình/anh.

japanese-client-title = A client from Osaka
japanese-client-summary = A startup CTO from Japan likes your open-source project and offers you a contract.
japanese-client-cast-client = { $client }
japanese-client-cast-colleague = { $colleague }

japanese-client-comment = { $client } commented on an issue in your { $repo ->
    [parser] CSV parser
   *[charts] charting library
} repository.
japanese-client-hello = Hello! I'm { $client }, CTO of Sakura Ledger, a small fintech startup in Osaka. We use your { $repo ->
    [parser] parser
   *[charts] library
} in production, and it has been excellent.
japanese-client-offer = We would like to hire you as a contractor for three months at { MONEY($rate) } an hour, fully remote.
japanese-client-hours = Before we go further: which time zone do you work in, and how many hours a week could you give us? We need a few hours of overlap with Osaka.
japanese-client-hours-choice-answer = I can start early, but only about twenty hours a week; mornings would overlap.
japanese-client-hours-choice-contract-first = I only discuss my hours once there's a signed contract. What's the project first?
japanese-client-hours-choice-contract-first-feedback = Wanting to hear about the project is fair, but holding back a time zone and weekly hours until there is a contract stalls an ordinary planning question: they open nothing in your name. Keep your conditions for what matters.
japanese-client-hours-choice-refuse = I'd rather not say where I am or when I work until I know more about you.
japanese-client-hours-choice-refuse-feedback = Careful, but here it costs more than it protects. A time zone and weekly hours are ordinary planning questions; they open nothing in your name.
japanese-client-hours-later = That's fine; we can settle the hours once you've seen the project.

japanese-client-move = A GitHub issue is public, so could we continue on Discord? My username is { $handle }, and I can explain everything there.
japanese-client-move-choice-go = Fair point, a public thread is no place for a contract. I'll add you on Discord.
japanese-client-move-choice-ask = Thanks! Could you send the offer in writing first, on a freelance platform?
japanese-client-move-choice-ask-feedback = Good move. A written offer on a platform costs a real client nothing, and it keeps the talk where there is a record and a dispute process.
japanese-client-move-choice-email = Could you email me from your company address first? Then I'll add you on Discord.
japanese-client-move-choice-email-feedback = An email from a company address is easy to arrange and proves little about who writes it. What mattered was the move itself: off any platform, before there is a contract.

japanese-client-stay-reply = We are a small startup and don't work through platforms; we pay directly, which is faster for you. The whole team is on Discord, so please join us there.
japanese-client-insist-choice-give-in = Paying directly does sound faster for both of us. Okay, see you on Discord.
japanese-client-insist-choice-contract = Fine, I'll join you there, but the contract goes through a platform.
japanese-client-insist-choice-contract-feedback = A platform contract later won't help much once everything else runs over Discord, and he had just said he doesn't work through platforms. The move itself was the request to refuse.
japanese-client-insist-choice-report = [Block the account on GitHub and report the comment to GitHub as spam]
japanese-client-insist-choice-report-feedback = GitHub is one of the places where these recruiters start. Reporting the comment helps GitHub spot the account.
japanese-client-email-reply = Of course. I've just sent you an email from my company address. See you on Discord.

japanese-client-dc-hello = Welcome, and thank you for joining us.
japanese-client-dc-project = The project is a dashboard for our crypto exchange, in React and Node, which you know well. We pay every two weeks, { MONEY($rate) } an hour, in USDC or by bank transfer, whichever you prefer.
japanese-client-dc-start = As a Japanese company, we value a quick start. Could you begin on Monday? I'll send you the specification today, so we can skip the formalities.
japanese-client-call-choice-skip = The spec today and a Monday start suit me fine. Send it over and I'll get going.
japanese-client-call-choice-colleague = Could we have a short call first? My colleague { $colleague } speaks Japanese; I'll add her.
japanese-client-call-choice-colleague-feedback = A cheap, fair test: someone who really runs a company in Osaka can say a few words in Japanese without trouble.
japanese-client-call-choice-papers = Before Monday, could you send me Sakura Ledger's company registration papers?
japanese-client-call-choice-papers-feedback = Papers he sends are papers he controls. A few words in Japanese, from someone who says he runs a company in Osaka, are a test he can't prepare for: that was the cheap check.

japanese-client-skip-reply = Excellent, you're easy to work with. One small thing before Monday; I'll write to you privately.
japanese-client-papers-reply = Of course, I'll attach them to the specification. One small thing before Monday; I'll write to you privately.

japanese-client-colleague-joins = { $colleague } joined the channel.
japanese-client-colleague-hello = はじめまして！{ $colleague }です。大阪のどちらにお住まいですか？
japanese-client-colleague-explains = (For you: I said hello and asked which part of Osaka he lives in. Easy small talk for anyone from there.)


japanese-client-stall-excuse = I'm sorry, could we keep to writing? My microphone is broken this week. And to be honest, my Japanese is a little rusty; I grew up abroad.
japanese-client-stall-excuse-2 = Let's skip the call; it isn't necessary. If you can start quickly, I'll pay the first week in advance.
japanese-client-stall-choice-accept = Plenty of people grow up abroad, and a week in advance is generous. Text is fine.
japanese-client-stall-choice-later-call = Text is fine for now, but I'll want that call before I send my first invoice.
japanese-client-stall-choice-later-call-feedback = Putting the test off gives him what he needs: time, and your work in the meantime. He had already dodged a single word of Japanese; that mismatch was the answer.
japanese-client-stall-choice-leave = Sorry, but this doesn't add up for me. I'll pass on the project, good luck.
japanese-client-stall-choice-leave-feedback = Trusting the mismatch is right. A client who claims to be Japanese and avoids a single word in Japanese is telling you something.

japanese-client-stall-gone = Sorry, I'm very busy right now and have a meeting. Let's talk later.
japanese-client-left = { $client } left the channel without another word.

japanese-client-dm = A day later: a direct message from { $client }.
japanese-client-dm-hello = Hello again. Let's talk here, just the two of us; it's simpler.
japanese-client-dm-no-colleague = There's no need to involve your colleague; she isn't part of the project.
japanese-client-dm-bonus = I'd like to get you started this week, and I can send you a { MONEY($bonus) } signing bonus today.
japanese-client-dm-link = { $client } sent you a link: “Chrome Remote Desktop – set up remote access”.
japanese-client-dm-setup = Our lead developer will set up the environment on your PC. Please install Chrome Remote Desktop from that link and send me the access code; all our contractors do this.
japanese-client-remote-choice-install = A signing bonus and a ready-made setup sound good. Installing it; here's the code.
japanese-client-remote-choice-why = Why would your developer need my computer? I can set up the environment myself.
japanese-client-remote-choice-why-feedback = The right question. No real job needs control of your computer: you set up your own environment.
japanese-client-remote-choice-profile = Who's your developer? Send me his GitHub profile first, then I'll install it.
japanese-client-remote-choice-profile-feedback = A profile he picks tells you nothing about who will sit at your computer, and no profile would make it safe: no real job needs control of your machine.
japanese-client-dev-profile = Of course. Here is his GitHub profile: eight years of commits, all public. He is our best engineer.

japanese-client-why-reply = Our servers only accept connections from your country, so our developer has to work from your PC, through your internet connection.
japanese-client-why-reply-2 = You don't need to do anything except keep the PC switched on. That's { MONEY($rate) } an hour for very little effort.
japanese-client-last-choice-install = It's only my connection, and it pays by the hour. [Send him the access code]
japanese-client-last-choice-leave = So someone else would be working as me, from my own computer. No, I'm done here.
japanese-client-last-choice-report = [Block him on Discord, and report the account to both Discord and GitHub]
japanese-client-last-choice-report-feedback = Exactly: he just described the scheme. Blocking him and reporting the account, without warning him, helps stop the next attempt.

japanese-client-session = Chrome Remote Desktop: someone is now connected to your computer. The mouse moves on its own.
japanese-client-keep-on = Thank you! Please keep the PC on at night and don't close the lid.
japanese-client-ssh-key = Two weeks later, GitHub emails you: a new SSH key was added to your account. You did not add it.
japanese-client-compromised = A stranger controlled your computer, and everything done from it came from your internet connection and under your name. That is how these workers appear local to platforms and employers, and it can make you part of a fraud: the legal risk stays with you, even though you were told a different story. A person who was deceived is not the same as someone who knowingly hosted computers for such a scheme, and acting early helps. Disconnect the session, uninstall Chrome Remote Desktop, change your passwords from another device, remove unknown SSH keys and tokens from GitHub, and report what happened. The “Already involved?” page (press I) goes through the next steps.

japanese-client-reported-early = You blocked the account and reported the comment. GitHub can now look at it before it writes to the next developer.
japanese-client-walked-away-mid = A two-minute test told you what you needed: the client from Osaka could not be who he said. You left before he asked for anything.
japanese-client-walked-away = You said no to remote access. Your computer and your name stayed yours.
japanese-client-reported = You refused, blocked him and reported the account. It is now known to the platform, and your computer stayed yours.

japanese-client-fine-identity-docs = Your time zone and your weekly hours are ordinary planning questions that any client asks; they open nothing in your name. The difference came later: a claim he could not back up with a word of Japanese, and a request for control of your computer.
