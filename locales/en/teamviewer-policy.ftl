# Scenario “teamviewer-policy”: a “project manager” answers your bid on Freelancer, moves to
# WhatsApp, and says TeamViewer is “required by the platform's security policy”.
# Variables: $pm (a name), $rate and $night (dollars), $project (shop or dashboard, for a selector).
# The manager writes brisk, confident, slightly bossy messages with small typos and emoji.

teamviewer-policy-title = The security policy
teamviewer-policy-summary = A project manager replies to your bid on Freelancer and explains the platform's “security rules”.
teamviewer-policy-cast-pm = { $pm }

teamviewer-policy-bid = New message about your bid on “{ $project ->
    [shop] Bug fixes for an online shop
   *[dashboard] New features for an analytics dashboard
}” (hourly).
teamviewer-policy-hello = Hello! I'm { $pm }, project manager for this job. Your bid is the strongest we got 👏
teamviewer-policy-project = { $project ->
    [shop] Its ongoing work on our clients online shop, checkout bugs, small features.
   *[dashboard] Its ongoing work on our clients analytics dashboard, new charts and filters.
} { MONEY($rate) }/hr, around 30 hours a week.
teamviewer-policy-reviews = saw your reviews, 5 stars everywhere 😍
teamviewer-policy-move = Our team does daily standups on WhatsApp, pls send me your number and i add you to the group. then we do the onboarding there

teamviewer-policy-move-choice-go = Sure, here's my number.
teamviewer-policy-move-choice-stay = Thanks! I'd prefer to keep talking here on Freelancer until the project is awarded.
teamviewer-policy-move-choice-award = Happy to join the team chat once the project is awarded to me here. Can you award it first?
teamviewer-policy-move-choice-award-feedback = Good order of things: first an award on the platform, then any team chat. Before that, the platform's messages are your record.

teamviewer-policy-stay-reply = award comes after onboarding, its the process. whatsapp is just for the team, everyone is there. dont make it complicated 🙂
teamviewer-policy-insist-choice-give-in = Okay, here's my number.
teamviewer-policy-insist-choice-decline = Then I'll leave it. Good luck with the project.
teamviewer-policy-insist-choice-report = I'll leave it, and I'm reporting this message to Freelancer.
teamviewer-policy-insist-choice-report-feedback = Freelancer has a report function on every message. Using it takes a minute and warns the platform.

teamviewer-policy-wa-group = { $pm } added you to the group “Dev Team 🚀”. Members: { $pm } and you.
teamviewer-policy-wa-hello = Welcome to the team 😊 { $pm } here
teamviewer-policy-wa-team = we are 6 devs, you will like it. before you get tasks we do the security onboarding
teamviewer-policy-wa-policy = for hourly projects TeamViewer is required by Freelancer security policy. they need it so the work can be verified. pls install it and send me your ID and password
teamviewer-policy-wa-file = { $pm } sent you a file: TeamViewer_Setup.exe (61 MB)
teamviewer-policy-wa-hurry = need it done today so i can award you tomorrow morning ⏰
teamviewer-policy-policy-choice-install = Okay, installing it. I'll send you the ID and password in a minute.
teamviewer-policy-policy-choice-check = I'll check that policy with Freelancer's support first.
teamviewer-policy-policy-choice-check-feedback = Exactly. A platform tells you its own rules, in its own help pages or through its support. A stranger on WhatsApp is not the platform.
teamviewer-policy-policy-choice-refuse = No remote access to my computer, for anyone. That's not a policy I believe in.

teamviewer-policy-fake-doc = no need, i have it here 👇
teamviewer-policy-fake-doc-file = { $pm } sent you a file: Freelancer_Security_Policy_2026.pdf (1 page, no letterhead, no link to the platform)
teamviewer-policy-fake-doc-2 = see? official. and dont write to support about it, they are slow and they will put your profile on review, then no award for anybody 🙄

teamviewer-policy-brush-off = support?? 😂 they take 2 weeks to answer
teamviewer-policy-brush-off-2 = trust me, i do this every week. and better dont mention TeamViewer to them, they flag new freelancers who ask too many questions
teamviewer-policy-after-check-install = Fine, I don't want to lose the job. Installing it.
teamviewer-policy-after-check-leave = A real policy wouldn't need to be kept from the platform's own support. I'm out.
teamviewer-policy-after-check-report = I'm sending this to Freelancer's support after all, with the chat.
teamviewer-policy-after-check-report-feedback = Right. When someone tells you not to ask the platform, asking the platform is the answer. Keep the chat: it is evidence.

teamviewer-policy-installed = TeamViewer is installed on your laptop. { $pm } is connected.
teamviewer-policy-night = perfect ✅ now one more thing. our senior dev is in another timezone, he does some tasks thru TeamViewer at night
teamviewer-policy-night-pay = just keep the laptop on and charging, dont close the lid. you get { MONEY($night) } extra every week for that, easy money 💸
teamviewer-policy-night-quiet = and pls dont tell Freelancer about the night work or about our dev, its internal, they dont need to know. delete the chat sometimes too 😉
teamviewer-policy-night-choice-agree = Okay, I'll leave it on. Extra money is welcome.
teamviewer-policy-night-choice-uninstall = No. I'm uninstalling TeamViewer and I won't keep anything from the platform.
teamviewer-policy-night-choice-uninstall-feedback = Right call, even at this late stage. Uninstalling the tool ends the access; changing your passwords afterwards closes the rest.
teamviewer-policy-night-choice-report = I'm uninstalling TeamViewer and reporting this to Freelancer.

teamviewer-policy-pushback = wait wait. you already did onboarding, we invested time in you
teamviewer-policy-pushback-2 = if you leave now i tell the client you broke the agreement, your rating will be gone. just keep it on 2 weeks and see 🙂
teamviewer-policy-pushback-choice-give-in = Okay… two weeks, then we'll see.
teamviewer-policy-pushback-choice-leave = There is no agreement. TeamViewer is gone. Goodbye.
teamviewer-policy-pushback-choice-report = TeamViewer is gone, and I'm reporting you to Freelancer now.
teamviewer-policy-pushback-choice-report-feedback = Threats to your rating are pressure, not a contract. The platform can protect your profile much better once it knows what happened.

teamviewer-policy-night-thanks = great 👍 first bonus comes next friday. you are part of the team now
teamviewer-policy-suspended = Three weeks later: “Your Freelancer account has been suspended while we review suspicious activity.”
teamviewer-policy-sessions = TeamViewer's connection log shows sessions almost every night, from around 1 to 6 a.m.
teamviewer-policy-compromised = Someone used your laptop, your internet connection and your name every night. That is how proxy workers look local to a platform; the FBI has warned about exactly these set-ups, and people who knowingly hosted laptops for them, like Matthew Knoot and Christina Chapman, were prosecuted. You were told it was policy. What matters now: uninstall TeamViewer, change your passwords from another device, tell Freelancer what happened, and report it to the police.

teamviewer-policy-walked-away-early = You kept the talk on Freelancer until an award, and left when that was refused. The platform's protection stayed with you.
teamviewer-policy-reported-early = You left and reported the message. Freelancer can now check this “project manager” before the next bid.
teamviewer-policy-walked-away = You refused remote access to your computer. No policy of a real platform asks you to hand it over.
teamviewer-policy-reported = You refused and reported it to the platform, the one place that knows its real policies. Your laptop stayed yours.
teamviewer-policy-walked-away-late = You uninstalled TeamViewer and left. To be safe, change your passwords from another device, and consider telling Freelancer what happened.
teamviewer-policy-reported-late = You uninstalled TeamViewer and reported it. Change your passwords from another device too: the platform now knows, and your laptop is yours again.
