# Scenario “banned-family”: after months of an arrangement on the player's Upwork account,
# the account is banned, and the partner asks for a relative's ID for a new one.
# Variables: $partner (a woman's name), $relative (sister, brother or cousin), $months (a number),
# $share and $bonus (dollars). The partner is a woman; she writes casually and warmly, short
# lines, some lowercase, an emoji now and then. Upwork Trust & Safety writes once, formally; its
# request (the ID check in your own account settings) is harmless. The relative is warm.
# The player's earlier part is told without blame: it looked like ordinary subcontracting.

banned-family-title = The day the account was suspended
banned-family-summary = For months, another team has taken jobs through your Upwork profile. Today the account is suspended.
banned-family-cast-partner = { $partner }
banned-family-cast-support = Upwork Trust & Safety
banned-family-cast-relative = { $relative ->
    [sister] Your sister
    [brother] Your brother
   *[cousin] Your cousin
}

banned-family-before = { $months } months ago, { $partner } offered you a partnership on Upwork: her team would take jobs through your profile, and you would get a fifth of the earnings. It sounded like ordinary subcontracting, and the extra money helped. You said yes.
banned-family-past-deal = So we have a deal. My team works on your profile, you get your 20% on the 1st of every month.
banned-family-past-report = Monthly report: 4 contracts running on your profile, all clients happy. Your part is on the way
banned-family-past-login = btw don't log in to Upwork yourself these days, my guy is working on it. Two logins looks strange
banned-family-past-money = Your bank: incoming transfer of { MONEY($share) }, reference “consulting”.

banned-family-banned = Upwork: “Your account has been permanently suspended due to suspicious activity.”
banned-family-appeal = Hello, this is Upwork Trust & Safety. Your account was used from two countries at the same time. If you would like us to review the suspension, please confirm your identity with the ID verification in your account settings.
banned-family-appeal-choice-verify = Thank you. I'll start the ID check in my account settings now.
banned-family-appeal-choice-phishing = After a ban? That's how phishing starts. I'm not verifying anything.
banned-family-appeal-choice-phishing-feedback = Caution is good, but this request came inside Upwork and points to your own account settings: you prove that you are you, in the platform's own process, and nothing goes to a person.
banned-family-appeal-choice-ignore = [Close the message and ask { $partner } on Telegram what to do first]

banned-family-tg-hello = did u see?? Upwork closed your account 😤
banned-family-tg-calm = Don't worry, happens all the time, their system is crazy. Not your fault. We just continue, I already have a plan. You're in, right?
banned-family-ban-choice-next = Okay… I was counting on that money. So what's the plan now?
banned-family-ban-choice-support = I'm going to tell Upwork support who really worked on my account.
banned-family-ban-choice-support-feedback = Telling the platform the truth is the right instinct. Someone who wants you to stay silent is protecting the scheme, not you.
banned-family-ban-choice-carry-on = Can't we wait for my appeal? If they lift the ban, we go on as before.
banned-family-ban-choice-carry-on-feedback = The ban came because other people worked through your account, and the appeal asks you to prove that you are the one using it. Carrying on “as before” would repeat exactly what got it banned.

banned-family-no-support = nooo don't write to support!! The ban is forever anyway, and they will ask where the money came from, then you have problems. Just stay quiet, trust me
banned-family-secret-choice-quiet = Fine, I'll leave Upwork out of it, I don't need more trouble. So what now?
banned-family-secret-choice-hacked = I'll just tell support I was hacked. That keeps us both out of trouble.
banned-family-secret-choice-hacked-feedback = A cover story keeps the scheme hidden and puts your name under a false statement. The truth, told early and in your own words, is what protects you.
banned-family-secret-choice-report = [Block her, keep the chat, and tell Upwork support everything that happened]
banned-family-carry-on-reply = the appeal won't help, they never lift these. but don't worry, I have a better plan


banned-family-plan = So: do you have family? Someone who never had Upwork? You told me about your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} once.
banned-family-plan-bonus = They open a new account, we do everything same as before. They get 20% every month, and you get { MONEY($bonus) } bonus for bringing them.

banned-family-hurry = My team has 3 contracts running right now, the clients are waiting. I need the new account by Friday latest
banned-family-hurry-easy = So ask your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} today? You know how it works already, you can explain it in 5 minutes
banned-family-blame = and honestly… the ban was a little bit your fault too. You logged in from your phone at the same time as my guy, Upwork saw two countries
banned-family-blame-fix = So now help us fix it: ask your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
}. That's fair, no?

banned-family-recruit-choice-ask = Fine. My { $relative ->
    [sister] sister could use some extra money too. I'll ask her tonight.
    [brother] brother could use some extra money too. I'll ask him tonight.
   *[cousin] cousin could use some extra money too. I'll ask tonight.
}
banned-family-recruit-choice-refuse = No. I'm not dragging my family into this, however big the bonus.
banned-family-recruit-choice-let-decide = I'll tell my { $relative ->
    [sister] sister everything and let her decide for herself.
    [brother] brother everything and let him decide for himself.
   *[cousin] cousin everything and let them decide for themselves.
}
banned-family-recruit-choice-let-decide-feedback = Telling the whole story is honest, but it still brings a new person into the scheme. Whatever they decide, the account would carry their name, and the ban and the questions would come to them.

banned-family-pressure = Come on, it's a small favor. They get free money every month, nobody gets hurt.
banned-family-pressure-threat = and think about it: you also got money from us for { $months } months 😉 would be sad if somebody starts asking where it came from. So just ask them, OK?
banned-family-pressure-choice-give-in = [Say you'll ask them, so that nobody starts asking about the money]
banned-family-pressure-choice-once = Okay, I'll ask them, but only this once, and after that you leave me alone.
banned-family-pressure-choice-once-feedback = A threat doesn't end after one favour: a second identity gives her even more to hold over you. Blocking her and telling the platform and the police yourself takes away the threat's power.
banned-family-pressure-choice-report = [Block her, keep the chat and report the threat to Upwork and the police]
banned-family-pressure-choice-report-feedback = A threat like that is meant to keep you quiet. Telling the platform and the police first, in your own words, protects you far better than silence, and she did not need a warning.

banned-family-docs = Super!! So ask your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} for: ID card front and back, a selfie holding it, and bank details.
banned-family-relative-photos = { $relative ->
    [sister] Your sister
    [brother] Your brother
   *[cousin] Your cousin
} sent you two photos on WhatsApp: ID_front.jpg, ID_back.jpg
banned-family-docs-secret = send them to me here as soon as you have them. and better don't tell them the whole story, just say it's verification for an online job 😉
banned-family-docs-choice-forward = [Forward both photos to her and say the bank details will come later]
banned-family-docs-choice-marked = [Write “for Upwork only” across both photos, then send them to her]
banned-family-docs-choice-marked-feedback = A note written across a photo doesn't stop anyone from using it, and the scheme needs those photos to open an account. Your relative's ID should not leave their hands for this.
banned-family-docs-choice-warn = [Leave her on read and write to your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} on WhatsApp before anything else]

banned-family-rel-hello = hey! did the photos arrive? 😊 do you need my bank details too? I can send them right now
banned-family-warn-choice-together = Don't send anything: it's the scheme that got me banned. Let's report it.
banned-family-warn-choice-vague = No, hold off for now. It's complicated, I'll explain it another time, okay?
banned-family-warn-choice-vague-feedback = Stopping the photos was right, but keeping the reason to yourself is exactly what she asked for. Your relative still believes there is a job, and the next message about it may reach them directly: the truth protects them.
banned-family-warn-choice-send = Yes, send them, it's just for the payouts. I'll explain it all at the weekend.
banned-family-rel-together = Wow 😳 ok. thank you for telling me, really. yes, let's do it together. deleting the photos now
banned-family-rel-together-more = Should I tell my bank too? I only sent the photos to you, nobody else.
banned-family-reported-warned = You told the truth to someone who trusted you, and you are reporting it together. The photos never left your phone, and the scheme didn't get its next identity.
banned-family-rel-wait = Ok, no problem, I'll wait. tell me when it's sorted, the extra money would really help
banned-family-walked-away-unwarned = The photos went no further, but your { $relative ->
    [sister] sister still thinks there is a job waiting for her
    [brother] brother still thinks there is a job waiting for him
   *[cousin] cousin still thinks there is a job waiting
}, and the next message about it may reach them directly. Tell them what it really was, delete the photos, and block { $partner }. The months on your own account still matter: the “Already involved?” page (press I, or run redflag involved) shows how to come forward early.

banned-family-fine-identity-docs = Upwork's own ID check, started from your own account settings, asks you to prove that you are you, and nothing goes to a person. The later request was different: a partner who wanted your relative's ID photos sent to her in a chat.

banned-family-later = Two months later, your { $relative ->
    [sister] sister calls: an Upwork account in her name has been suspended, and her bank is asking about transfers she never made.
    [brother] brother calls: an Upwork account in his name has been suspended, and his bank is asking about transfers he never made.
   *[cousin] cousin calls: an Upwork account in their name has been suspended, and their bank is asking about transfers they never made.
}
banned-family-compromised = The scheme got a new identity, this time from your family. Platform bans are permanent and follow the person, and money that moved through an account is traced to its owner. It can still be stopped, and coming forward early helps you both. Tell your relative the whole story, help them contact Upwork and their bank, and report it to the police together, with this chat as evidence. The “Already involved?” page (press I, or run redflag involved) lists the steps.

banned-family-reported-early = You blocked her and told Upwork yourself. Coming forward is what protects you, and it gives the platform what it needs to stop this person.
banned-family-reported = You blocked her and reported the threat, in your own words. That is the best protection against it, and it keeps your family out of it.
