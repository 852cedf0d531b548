# Scenario “teamviewer-policy”: a project manager answers your bid on Freelancer, asks for an
# NDA on the platform, moves to WhatsApp, and says TeamViewer is required by the platform's
# security policy.
# Variables: $pm (a man's name), $rate and $night (dollars), $project (shop or dashboard, for a
# selector).
# The manager is a man. He writes clean, courteous, professional messages in full sentences,
# with no emoji, and stays polite even when he applies pressure.
# Text in square brackets is the player's action, not a message.

teamviewer-policy-title = A reply to your bid on Freelancer
teamviewer-policy-summary = A project manager likes your bid for ongoing work on a client's web project and wants to bring you into his team.
teamviewer-policy-cast-pm = { $pm }

teamviewer-policy-bid = New message about your bid on “{ $project ->
    [shop] Bug fixes for an online shop
   *[dashboard] New features for an analytics dashboard
}” (hourly).
teamviewer-policy-hello = Hello, I'm { $pm }, the project manager for this job. Thank you for your bid: it is the strongest we have received, and your reviews are excellent.
teamviewer-policy-project = { $project ->
    [shop] This is ongoing work on our client's online shop: checkout bugs and small features.
   *[dashboard] This is ongoing work on our client's analytics dashboard: new charts and filters.
} We pay { MONEY($rate) } an hour, for around 30 hours a week.
teamviewer-policy-nda = Before we award the project, our client asks every developer to sign a short NDA covering their source code and customer data. I have attached it to this project here on Freelancer. Could you read and sign it?

teamviewer-policy-nda-choice-sign = Of course. An NDA on the client's code is normal; I'll sign it on the project.
teamviewer-policy-nda-choice-later = NDAs make me wary. I'll sign once the project is awarded and my first week is paid.
teamviewer-policy-nda-choice-later-feedback = The condition sounds careful, but it blocks the work: the client cannot share code before the NDA, and this one sits on the platform and covers only code and customer data. The NDA was never the risk here.
teamviewer-policy-nda-choice-refuse = I'd rather not sign anything before we've even met. Secrecy makes me uneasy.
teamviewer-policy-nda-choice-refuse-feedback = A cautious reflex, but this request was harmless: an NDA attached to the project on the platform protects the client's code and customers, and the platform still sees the whole deal.

teamviewer-policy-nda-signed = The NDA on the Freelancer project is one page about the client's source code and customer data. You sign it there.
teamviewer-policy-nda-skip = Understood, there is no rush. We can come back to it when the project is awarded.
teamviewer-policy-move = Our team holds its daily stand-ups in a WhatsApp group. Could you send me your phone number so I can add you? We will do the onboarding there.

teamviewer-policy-move-choice-go = Sure, a team chat makes sense for daily stand-ups. Here's my number; add me whenever.
teamviewer-policy-move-choice-group = Add me for the stand-ups, by all means, but the contract and payments stay here.
teamviewer-policy-move-choice-group-feedback = Joining the group is the step he needs: onboarding, files and the next requests now happen where the platform sees nothing. A team chat can be fine after an award, not before it.
teamviewer-policy-move-choice-award = Happy to, but once the project is awarded to me here. Could you award it first?
teamviewer-policy-move-choice-award-feedback = Good order of things: first an award on the platform, then any team chat. Before that, the platform's messages are your record.

teamviewer-policy-stay-reply = The award comes after onboarding; that is our process with every developer. WhatsApp is only for the team, and everyone is there. Please send me your number, and let us not make it more complicated than it is.
teamviewer-policy-insist-choice-give-in = All right. Every team has its own process, I suppose. Here's my number.
teamviewer-policy-insist-choice-client = Tell me the client's company name first. If it checks out, here's my number.
teamviewer-policy-insist-choice-client-feedback = A company name is easy to give and proves nothing about him. The request was the move itself, before any award, from a manager who had just refused to award the project on the platform.
teamviewer-policy-insist-choice-report = [Stop replying, and use Freelancer's report function on his last message]
teamviewer-policy-insist-choice-report-feedback = Freelancer has a report function on every message. Using it takes a minute, and he never needs to know.
teamviewer-policy-client-reply = The client's name is covered by the NDA, so I will share it during onboarding. I am adding you to the group now.

teamviewer-policy-wa-group = { $pm } added you to the group “Dev Team”. Members: { $pm } and you.
teamviewer-policy-wa-hello = Welcome to the team. Before you receive any tasks, we complete a short security onboarding.
teamviewer-policy-wa-policy = For hourly projects, Freelancer's security policy requires TeamViewer, so that the work can be verified. I have sent you the installer.
teamviewer-policy-wa-file = { $pm } sent you a file: TeamViewer_Setup.exe (61 MB)
teamviewer-policy-wa-hurry = Please install it today and send me your TeamViewer ID and password. Then I can award the project to you tomorrow morning.
teamviewer-policy-policy-choice-install = [Run the installer he sent, then send him your TeamViewer ID and password]
teamviewer-policy-policy-choice-check = First I'll check that policy with Freelancer's own support, and then I'll decide.
teamviewer-policy-policy-choice-check-feedback = Exactly. A platform tells you its own rules, in its own help pages or through its support. A stranger on WhatsApp is not the platform.
teamviewer-policy-policy-choice-watch = I'll install it, as long as it only runs while I'm at the desk and watching.
teamviewer-policy-policy-choice-watch-feedback = Watching the sessions doesn't change who is working: someone else, on your computer, your connection and your name. No platform policy asks for that; asking the platform itself was the way to check.

teamviewer-policy-fake-doc = There is no need; I have the document right here.
teamviewer-policy-fake-doc-file = { $pm } sent you a file: Freelancer_Security_Policy_2026.pdf (1 page, no letterhead, no link to the platform)
teamviewer-policy-fake-doc-2 = As you can see, it is official. Please do not write to support about it: they are slow, and they would put your profile under review. Then nobody gets the award. Install it today and we can start.

teamviewer-policy-brush-off = Support usually takes two weeks to answer.
teamviewer-policy-brush-off-2 = I do this every week. And I would not mention TeamViewer to them; they flag new freelancers who ask too many questions. Install it today and we can start.
teamviewer-policy-after-check-install = I don't want to lose the project over a support ticket. Fine, I'm installing it.
teamviewer-policy-after-check-old-laptop = All right, no ticket. Can it go on my old laptop instead of my work one?
teamviewer-policy-after-check-old-laptop-feedback = An old laptop is still your connection and your name, which is exactly what a proxy worker needs. And agreeing to keep support out of it is the secrecy that protects him, not you.
teamviewer-policy-after-check-report = [Install nothing, leave the group, and report it all to Freelancer's support]
teamviewer-policy-after-check-report-feedback = Right. When someone tells you not to ask the platform, asking the platform is the answer, and there is no need to tell him first. Keep the chat: it is evidence.

teamviewer-policy-installed = TeamViewer is installed on your laptop. { $pm } is connected.
teamviewer-policy-night = Thank you, that works. One more thing: our senior developer is in another time zone and does some tasks through TeamViewer at night. Please keep the laptop on and charging, with the lid open. You will receive { MONEY($night) } extra every week for that.
teamviewer-policy-night-quiet = Please do not mention the night work or our developer to Freelancer; it is an internal matter. It would also be best to clear this chat from time to time. Can I count on you?
teamviewer-policy-night-choice-agree = The laptop sits there all night anyway, and the extra helps. Fine, I'll leave it on.
teamviewer-policy-night-choice-uninstall = No. I'm uninstalling TeamViewer, and I won't hide anything from the platform.
teamviewer-policy-night-choice-uninstall-feedback = Right call, even at this late stage. Uninstalling the tool ends the access; changing your passwords from another device closes the rest.
teamviewer-policy-night-choice-on-books = Nights are fine, but the bonus goes through Freelancer, and I won't clear the chat.
teamviewer-policy-night-choice-on-books-feedback = Being open about the bonus doesn't change what you agreed to: someone else working from your laptop at night, on your connection and under your name. Keeping the laptop on for him was the part to refuse.

teamviewer-policy-pushback = I am surprised. You have completed onboarding, and we have invested time in you.
teamviewer-policy-pushback-2 = If you leave now, I will have to tell the client you broke the agreement, and your rating will suffer. Keep the laptop on for two weeks and see how it goes.
teamviewer-policy-pushback-choice-give-in = I can't afford a bad rating right now. All right, two weeks, and then we'll see.
teamviewer-policy-pushback-choice-leave = There is no agreement. TeamViewer is gone, and I'm reporting you to Freelancer now.
teamviewer-policy-pushback-choice-leave-feedback = Leaving was right, and threats to your rating are pressure, not a contract. But announcing the report gives him time to delete the group and cover his tracks: block first, then report without a word.
teamviewer-policy-pushback-choice-report = [Keep TeamViewer uninstalled, block him and report the chat to Freelancer]

teamviewer-policy-fine-secrecy = An NDA attached to the project on the platform protects the client's code and customer data, and the platform still sees the whole deal. Secrecy became the red flag when he asked you to keep things from Freelancer itself and to clear the chat.

teamviewer-policy-night-thanks = Thank you. We will settle the bonus at the end of the week. You are part of the team now.
teamviewer-policy-suspended = Three weeks later: “Your Freelancer account has been suspended while we review suspicious activity.”
teamviewer-policy-sessions = TeamViewer's connection log shows sessions almost every night, from around 1 to 6 a.m.
teamviewer-policy-compromised = Someone used your laptop, your internet connection and your name every night. That is how proxy workers look local to a platform, and the FBI has warned about exactly these set-ups. Hosting one can make you part of a fraud, and the legal risk stays with you, even though you were told it was policy. Coming forward early helps, and someone who was deceived is not the same as someone who knowingly ran such a set-up. Uninstall TeamViewer, change your passwords from another device, tell Freelancer what happened, and report it to the police. The game's “Already involved?” page (press I) lists the next steps.

teamviewer-policy-reported-early = You stepped away and reported the message without a word to him. Freelancer can now check this project manager before the next bid.
teamviewer-policy-reported = You refused and reported it to the platform, the one place that knows its real policies. Your laptop stayed yours.
teamviewer-policy-walked-away-late = You uninstalled TeamViewer and left. He knows you mean to report him, so do it today: block him, change your passwords from another device, and tell Freelancer what happened.
teamviewer-policy-reported-late = You uninstalled TeamViewer, blocked him and reported it. Change your passwords from another device too: the platform now knows, and your laptop is yours again.
