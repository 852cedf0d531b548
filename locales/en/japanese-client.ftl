# Scenario “japanese-client”: a “client from Osaka” finds you on GitHub, moves the talk to
# Discord, avoids any call in Japanese, then pushes for Chrome Remote Desktop in private.
# Variables: $client and $colleague (names), $handle (a Discord user name), $rate and $bonus
# (dollars), $repo (parser or charts, for a selector).
# The client writes polite, slightly stiff English with small mistakes; the colleague writes
# naturally and briefly.

japanese-client-title = The client from Osaka
japanese-client-summary = A startup CTO from Japan likes your open-source project and offers you a contract.
japanese-client-cast-client = { $client }
japanese-client-cast-colleague = { $colleague }

japanese-client-comment = { $client } commented on an issue in your { $repo ->
    [parser] CSV parser
   *[charts] charting library
} repository.
japanese-client-hello = Hello! I am { $client }, CTO of Sakura Ledger, small fintech startup in Osaka 🇯🇵. We use your { $repo ->
    [parser] parser
   *[charts] library
} in production, very nice work!
japanese-client-offer = We want to hire you as contractor, 3 months, { MONEY($rate) }/hour, full remote.
japanese-client-move = GitHub comment is public, so please let us talk on Discord? My user is { $handle }. I explain all details there.

japanese-client-move-choice-go = Thanks, that's kind! I'll add you on Discord.
japanese-client-move-choice-ask = Thank you! Could you send the offer in writing first, through a freelance platform with a proper contract?
japanese-client-move-choice-ask-feedback = Good move. A written offer on a platform costs a real client nothing, and it keeps the talk where there is a record and a dispute process.
japanese-client-move-choice-stay = Happy to hear more, but I keep hiring talks on a freelance platform until there is a contract.

japanese-client-stay-reply = We are startup, we don't use platforms, we pay direct, much faster for you. All our team is on Discord, please come 🙏
japanese-client-insist-choice-give-in = Okay, I'll come over to Discord.
japanese-client-insist-choice-decline = Thanks, but without a contract on a platform I'll pass. Good luck!
japanese-client-insist-choice-report = I'll pass, and I'm reporting this comment to GitHub as spam.
japanese-client-insist-choice-report-feedback = GitHub is one of the places where these recruiters start. Reporting the comment helps GitHub spot the account.

japanese-client-dc-hello = Konnichiwa! 😄 Thank you for coming.
japanese-client-dc-project = Project is dashboard for our crypto exchange. React and Node, you know it well. We pay every two weeks, { MONEY($rate) }/hour, in USDC or bank, as you like.
japanese-client-dc-start = Can you start on Monday? I send you the spec today.
japanese-client-call-choice-skip = Sounds good! Send me the spec and I'll start on Monday.
japanese-client-call-choice-colleague = Before we sign: could we do a short call? My colleague { $colleague } speaks Japanese, she'd love to say hello. I'll add her here.
japanese-client-call-choice-colleague-feedback = A cheap, fair test: someone who really runs a company in Osaka can say a few words in Japanese without trouble.
japanese-client-call-choice-japanese = Could we do a five-minute video call first? I've been learning Japanese, so I'd like to try a little. よろしくお願いします！

japanese-client-skip-reply = Great, you are easy to work with 😄 One small thing before Monday, I write you in private.

japanese-client-colleague-joins = { $colleague } joined the channel.
japanese-client-colleague-hello = はじめまして！{ $colleague }です。大阪のどちらにお住まいですか？
japanese-client-colleague-explains = (For you: I just said hello and asked where in Osaka he lives. Easy small talk for anyone from there.)

japanese-client-call-asked = Ah, call… 🤔 let me see

japanese-client-stall-excuse = Sorry, let us keep it in writing 😅 my mic is broken this week. And honestly my Japanese is a bit rusty, I grew up abroad.
japanese-client-stall-excuse-2 = Let's skip the call, it is not needed. I pay first week in advance if you start fast 🙏
japanese-client-stall-choice-accept = No worries, text is fine.
japanese-client-stall-choice-doubt = The CTO of an Osaka startup who can't say hello in Japanese? I'd still like that call before anything else.
japanese-client-stall-choice-leave = This doesn't add up for me. I'll pass on the project.
japanese-client-stall-choice-leave-feedback = Trusting the mismatch is right. A client who claims to be Japanese and avoids a single word in Japanese is telling you something.

japanese-client-stall-gone = Sorry, very busy now, meeting. Talk later.
japanese-client-left = { $client } left the channel without another word.

japanese-client-dm = A day later: a direct message from { $client }.
japanese-client-dm-hello = Hi friend 🙂 let's talk here, just us, it is easier.
japanese-client-dm-no-colleague = No need for your colleague, she is not part of the project.
japanese-client-dm-setup = To start fast, our lead dev must set up the environment on your PC. Please install Chrome Remote Desktop and send me the access code. All our contractors do it, it is normal.
japanese-client-dm-bonus = I send you { MONEY($bonus) } signing bonus today if you do it now.
japanese-client-dm-link = { $client } sent you a link: “Chrome Remote Desktop – set up remote access”.
japanese-client-remote-choice-install = Okay, installing it now. Here's the code.
japanese-client-remote-choice-why = Why would your dev need my computer? I can set up the environment myself.
japanese-client-remote-choice-why-feedback = The right question. No real job needs control of your computer: you set up your own environment.
japanese-client-remote-choice-refuse = Nobody gets remote access to my computer. I'm out.

japanese-client-why-reply = Our servers only accept connections from your country 😅 so our dev must work from your PC, with your internet.
japanese-client-why-reply-2 = You don't do anything, just keep PC on. Easy money for you, { MONEY($rate) }/hour for nothing.
japanese-client-last-choice-install = Well, if it's only the internet connection… Okay, here's the code.
japanese-client-last-choice-leave = So someone else would work as me, from my computer. No. I'm done.
japanese-client-last-choice-report = That's how proxy workers hide. I'm blocking you and reporting this.
japanese-client-last-choice-report-feedback = Exactly: he just described the scheme. Reporting him on Discord and GitHub, and to the police, helps stop the next attempt.

japanese-client-session = Chrome Remote Desktop: someone is now connected to your computer. The mouse moves on its own.
japanese-client-keep-on = Thank you!! Please keep PC on at night and don't close the lid 🙏
japanese-client-ssh-key = Two weeks later, GitHub emails you: a new SSH key was added to your account. You did not add it.
japanese-client-compromised = A stranger controlled your computer, and everything done from it came from your internet connection and under your name. That is how these workers appear local to platforms and employers; people who knowingly hosted computers for them have been prosecuted, and Christina Chapman was sentenced to 102 months. You were told a different story, and you can still limit the damage now: disconnect the session, uninstall Chrome Remote Desktop, change your passwords from another device, remove unknown SSH keys and tokens from GitHub, and report it to the platform and the police.

japanese-client-walked-away-early = You kept the talk where there is a record and left when the “client” would not offer a contract. Nothing of yours left your hands.
japanese-client-reported-early = You declined and reported the comment. GitHub can now look at this account before it writes to the next developer.
japanese-client-walked-away-mid = A two-minute test told you what you needed: the “client from Osaka” could not be who he said. You left before he asked for anything.
japanese-client-walked-away = You said no to remote access. Your computer and your name stayed yours.
japanese-client-reported = You refused and reported it. The account is now known to the platforms, and your computer stayed yours.
