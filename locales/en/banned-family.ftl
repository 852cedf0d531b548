# Scenario “banned-family”: after months of a “partnership” on the player's Upwork account,
# the account is banned, and the partner asks for a relative's ID for a new one.
# Variables: $partner (a name), $relative (sister, brother or cousin), $months (a number),
# $share and $bonus (dollars). The partner writes casually, with typos; the relative is warm.
# The player's earlier part is told without blame: it looked like ordinary subcontracting.

banned-family-title = Bring your family
banned-family-summary = Your Upwork account was part of a “partnership” for months. Today it gets banned.
banned-family-cast-partner = { $partner }
banned-family-cast-relative = { $relative ->
    [sister] Your sister
    [brother] Your brother
   *[cousin] Your cousin
}

banned-family-before = { $months } months ago, { $partner } offered you a “partnership” on Upwork: his team would take jobs through your profile, and you would get a fifth of the earnings. It sounded like ordinary subcontracting, and the extra money helped. You said yes.
banned-family-past-deal = so we have a deal 🤝 my team works on your profile, you get your 20% on the 1st of every month. easy
banned-family-past-report = monthly report: 4 contracts running on your profile, all clients happy 💪 your part is on the way
banned-family-past-login = btw dont log in to upwork yourself these days, my guy is working on it. two logins looks strange 😉
banned-family-past-money = Your bank: incoming transfer of { MONEY($share) }, reference “consulting”.

banned-family-banned = Upwork: “Your account has been permanently suspended due to suspicious activity.”
banned-family-tg-hello = bro did u see?? upwork closed your account 😤
banned-family-tg-calm = dont worry, happens all the time, their system is crazy. not your fault. we continue, I already have a plan
banned-family-tg-screenshot = send me a screenshot of the email they sent, I want to see exactly what they wrote
banned-family-ban-choice-next = Okay… what's the plan?
banned-family-ban-choice-support = I'm going to write to Upwork support and explain what happened.
banned-family-ban-choice-support-feedback = Telling the platform the truth is the right instinct. Someone who wants you to stay silent is protecting the scheme, not you.
banned-family-ban-choice-stop = It was banned because other people worked through my account. I'm stopping this.
banned-family-ban-choice-stop-feedback = That's exactly what happened, and seeing it clearly is a strong first step. The arrangement was the problem, not a glitch in Upwork's system.

banned-family-no-support = nooo dont write support!! 🙅 the ban is forever anyway, and they will ask where the money came from, then you have problems. just stay quiet, trust me
banned-family-secret-choice-quiet = Fine, I won't contact them. What's the plan?
banned-family-secret-choice-leave = I'm done with this. Don't write to me again.
banned-family-secret-choice-report = I'm telling Upwork everything, and I'm reporting you to the police.
banned-family-secret-choice-report-feedback = Coming forward yourself is the strongest position you can be in. Keep this chat: it shows who asked you to do what.

banned-family-stop-reply = ok ok, I understand you are upset. but listen to the plan first, its good for you. no risk this time, promise

banned-family-plan = so: you have family? someone who never had upwork? you told me about your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} once 🙂
banned-family-plan-bonus = they open a new account, we do everything same as before. they get 20% every month, and you get { MONEY($bonus) } bonus for bringing them 🎁

banned-family-hurry = my team has 3 contracts running right now, the clients are waiting. I need the new account by friday latest
banned-family-hurry-easy = you know how it works already, you can explain it to them in 5 minutes
banned-family-blame = and honestly… the ban was a little bit your fault too. you logged in from your phone same time as my guy, upwork saw two countries 😒
banned-family-blame-fix = so now help us fix it. thats fair, no?

banned-family-recruit-choice-ask = Okay, I'll ask my { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
}.
banned-family-recruit-choice-refuse = I'm not dragging my family into this.
banned-family-recruit-choice-next-ban = So the next ban would be in my { $relative ->
    [sister] sister's
    [brother] brother's
   *[cousin] cousin's
} name?
banned-family-recruit-choice-next-ban-feedback = Yes. Once an account is banned, the scheme needs a new identity, and the next one it asks for is often someone close to you.

banned-family-pressure = come on, its a small favor. they get free money every month, nobody gets hurt
banned-family-pressure-threat = and think about it, you also got money from us for { $months } months 😉 would be sad if somebody starts asking where it came from
banned-family-pressure-choice-give-in = Alright. I'll ask.
banned-family-pressure-choice-leave = No. I won't put anyone else's name on this. We're done.
banned-family-pressure-choice-report = I'd rather explain it myself. I'm reporting this to Upwork and the police.
banned-family-pressure-choice-report-feedback = A threat like that is meant to keep you quiet. Telling the platform and the police first, in your own words, protects you far better than silence.

banned-family-docs = super!! so ask your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} for: ID card front and back, a selfie holding it, and bank details. send me everything here
banned-family-docs-secret = and better dont tell them the whole story, just say its verification for an online job. less questions 😉
banned-family-docs-direct = or even better, give me their number and I explain everything myself 😊
banned-family-relative-photos = { $relative ->
    [sister] Your sister
    [brother] Your brother
   *[cousin] Your cousin
} sent you two photos on WhatsApp: ID_front.jpg, ID_back.jpg
banned-family-docs-choice-forward = Sending them over now.
banned-family-docs-choice-warn = I'm not forwarding anything. I'm telling my { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} the truth.
banned-family-docs-choice-warn-feedback = Right. The photos haven't left your phone, and the person who trusted you gets to hear what this really is.
banned-family-docs-choice-report = No. I'm blocking you and reporting everything to Upwork and the police.

banned-family-rel-hello = hey! did the photos arrive? 😊 when does the job start?
banned-family-warn-choice-together = Don't send them to anyone. It's a scam that got my account banned. Let's report it together.
banned-family-warn-choice-delete = It isn't a real job, I'm sorry. Please delete the photos. I've blocked the guy who asked for them.
banned-family-rel-together = wow 😳 ok. thank you for telling me, really. yes, let's do it together. deleting the photos now
banned-family-rel-together-more = should I tell my bank too? I only sent the photos to you, nobody else
banned-family-reported-warned = You told the truth to someone who trusted you, and you are reporting it together. The photos never left your phone, and the scheme didn't get its next identity.
banned-family-rel-delete = oh no 😳 ok, deleted. thanks for being honest with me
banned-family-rel-delete-more = if someone ever writes to me about a “job” like that, I'll know now 😅
banned-family-walked-away-warned = You stopped the chain: the photos never left your phone, and your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} knows what to watch for. When you're ready, reporting it to Upwork and the police helps stop the next attempt.

banned-family-later = Two months later, your { $relative ->
    [sister] sister calls: an Upwork account in her name has been suspended, and her bank is asking about transfers she never made.
    [brother] brother calls: an Upwork account in his name has been suspended, and his bank is asking about transfers he never made.
   *[cousin] cousin calls: an Upwork account in their name has been suspended, and their bank is asking about transfers they never made.
}
banned-family-compromised = The scheme got a new identity, this time from your family. Platform bans are permanent and follow the person, and money that moved through an account is traced to its owner. This is how these schemes keep going: one banned account leads to the next name. It can still be stopped. Tell your relative the whole story, help them contact Upwork and their bank, and report it to the police together, with this chat as evidence.

banned-family-walked-away-early = You ended it right after the ban, without bringing anyone else in. The arrangement is over, and nobody new carries the risk.
banned-family-reported-early = You told the platform and the police yourself. Coming forward is what protects you, and it gives them what they need to stop this person.
banned-family-walked-away = You refused to put anyone else's name on it, even under pressure. The chain ends with you.
banned-family-reported = You refused and reported it, in your own words. That is the best protection against the threat, and it keeps your family out of it.
banned-family-reported-docs = You stopped it and reported it. The photos never left your phone. Tell your { $relative ->
    [sister] sister
    [brother] brother
   *[cousin] cousin
} what it really was, so the photos get deleted and everyone knows what to watch for.
