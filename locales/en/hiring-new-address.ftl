# Scenario “hiring-new-address”: a legitimate contractor. The player onboards a remote
# contractor (a man) hired last week, who has really moved since signing.
# Variables: $contractor (the name in the contract, a man), $it (the colleague who looks after
# IT; the pool mixes women and men, so keep their lines free of gendered forms), $home
# (columbus, atlanta or phoenix: the city in the contract; it also picks the city he moved to),
# $rate (dollars an hour).
# The contractor writes polished, friendly, full sentences, with no emoji. The IT colleague is
# calm and precise. German: everyone on Slack says du. Ukrainian: the team says «ти».

hiring-new-address-title = A laptop for the new contractor
hiring-new-address-summary = You lead a small team. A contractor you hired last week starts on Monday, and his laptop is ready to ship.
hiring-new-address-cast-contractor = { $contractor }
hiring-new-address-cast-it = { $it }

hiring-new-address-joined = { $contractor } joined #onboarding. The contract was signed last week, at { MONEY($rate) }/hr; the home address in it is in { $home ->
    [columbus] Columbus, Ohio
    [atlanta] Atlanta, Georgia
   *[phoenix] Phoenix, Arizona
}.
hiring-new-address-hi = Hello everyone, and thank you for the warm welcome. I'm looking forward to Monday.
hiring-new-address-it-laptop = Welcome, { $contractor }! I'm { $it }, I look after IT here. Your laptop is set up; I'll ship it today to the address in your contract, okay?
hiring-new-address-redirect = Thank you. One change first: I moved to { $home ->
    [columbus] Pittsburgh
    [atlanta] Charlotte
   *[phoenix] Denver
} last weekend, for my partner's new job. This morning I updated my address in the HR portal myself, with my own login and two-factor code.
hiring-new-address-redirect-2 = Could the laptop go to the new address? I'm happy to confirm it on a quick video call, and the courier is welcome to check my ID at the door.

hiring-new-address-ship-choice-process = That's our process for a move. { $it }, please ship to the portal address, with an ID check.
hiring-new-address-ship-choice-process-feedback = Right. A change made by the person themself, in the HR system, with their own login, then confirmed on camera, is the process doing its job.
hiring-new-address-ship-choice-lease = We can ship once you've sent us a copy of your new lease and a recent utility bill.
hiring-new-address-ship-choice-lease-feedback = His lease and bills, posted in a chat, add nothing the process does not already check, and they leave private papers in a channel. He had made the change himself in the HR portal; a call on camera and the ID check at the door confirm it.
hiring-new-address-ship-choice-refuse = A new address a week after signing is a warning sign, so it goes to the contract address.
hiring-new-address-ship-choice-refuse-feedback = A changed address is worth checking, and the process is how you check it. He had already done the first step himself and offered the rest: a call on camera and his ID at the door.

hiring-new-address-it-process = Will do. Our process for moves also has a short video call, camera on; I'll set it up for this afternoon.
hiring-new-address-lease-reply = I can, if you really need them, though I'd rather not post my lease in a Slack channel. The HR portal already has the new address, and I'm happy to confirm it on camera.
hiring-new-address-refuse-reply = I understand the caution. The old flat has already been handed back, though, so nobody would be there to sign for it.
hiring-new-address-it-explains = For what it's worth: we have a process for moves. The person changes the address in the HR portal themself, we confirm it on a video call, and the courier checks ID at delivery. Step one is already done.
hiring-new-address-refuse-reply-2 = I'm glad to do the rest today. Would a video call at three work for you?

hiring-new-address-ship-again-follow = Then let's follow the process: a call at three, and the courier checks ID.
hiring-new-address-ship-again-call = Fair enough. Three works; we'll ship once we've spoken on camera.
hiring-new-address-ship-again-end = I'm not comfortable with this. Let's end the contract before he starts.

hiring-new-address-on-call = { $contractor } joins the call with his camera on, in a room full of moving boxes. He is the man you interviewed two weeks ago; outside his window it is the middle of the afternoon, as it is for you.
hiring-new-address-call-hi = Sorry about the boxes. The address in the portal is this flat; the entrance is round the back, by the bike racks.
hiring-new-address-call-hi-floor = Thanks for making the time, and excuse the boxes: the rest of our furniture only comes next week. The address in the portal is this flat, on the top floor; the lift works, so the courier can come straight up.
hiring-new-address-it-ship = Thanks. I'll ship it today with signature on delivery. The courier will check your ID against the name in your contract.
hiring-new-address-delivered = Two days later the courier confirms delivery to { $contractor }, after checking his ID. The laptop signs in for the first time, with the company's security software running.

hiring-new-address-week-one = Week one: { $contractor } joins every stand-up with his camera on. His pull requests come in during your working hours.
hiring-new-address-offline = A heads-up for Thursday: I'll be offline from 2 to 5 p.m., while the movers bring the rest of our furniture. I'll make up the hours on Friday morning.

hiring-new-address-offline-choice-calendar = Fine. Please put it in the team calendar, so nobody waits for you on Thursday.
hiring-new-address-offline-choice-watch = Fine, but keep your camera on all Thursday morning, so we know it's you.
hiring-new-address-offline-choice-watch-feedback = A camera all morning treats an announced afternoon off as a threat. The warning sign is someone who keeps being hard to reach without a reason, not a planned break, told days ahead and made up the next day.
hiring-new-address-offline-choice-doubt = Being offline in working hours is a warning sign. I'll have IT check your sign-ins.
hiring-new-address-offline-choice-doubt-feedback = The warning sign is someone who is hard to reach again and again, without a reason. An afternoon off for the movers, announced days ahead and made up the next morning, is ordinary life.

hiring-new-address-doubt-reply = Of course, check whatever you need. I'd rather you were sure.

hiring-new-address-it-logins = Subject: Sign-ins for { $contractor }. A quick note: since Monday his sign-ins come from { $home ->
    [columbus] Pittsburgh
    [atlanta] Charlotte
   *[phoenix] Denver
}, not from the city in the contract. One device, the company laptop, two-factor every time, during our working hours. That fits the move. Anything you'd like me to do?

hiring-new-address-logins-choice-note = Thanks. Please note the new city in his file, and keep watching as usual.
hiring-new-address-logins-choice-note-feedback = Good. The sign-ins match the move he announced: one place, one company device, two-factor each time. Keeping an eye on the records is normal; there was nothing to act on.
hiring-new-address-logins-choice-geoblock = Please block sign-ins from outside the contract city until he proves the move.
hiring-new-address-logins-choice-geoblock-feedback = Blocking his new city blocks him, since that is where he now lives and works. One new city, the one he told you about, on the company laptop with two-factor each time, fits the move; sign-ins from several countries or through a VPN would not.
hiring-new-address-logins-choice-suspend = A new city in week one is too much for me. Please suspend his access for now.
hiring-new-address-logins-choice-suspend-feedback = Sign-ins from several countries or through a VPN are a warning sign. One new city, the one he moved to, on the company's own laptop, is not.

hiring-new-address-suspend-reply = Done, though I'd have left it. He wrote back within minutes and offered a call; we spoke this morning, it all matches, and his access is back. One lost day.

hiring-new-address-bank = Subject: Bank details. Hello, with the move I've also switched to a local bank. Could you update my bank details for the next payment? The new account number and routing number are below. Thank you! { $contractor }

hiring-new-address-bank-choice-portal = Thanks. Please change it yourself in the payroll portal; we don't change bank details by email.
hiring-new-address-bank-choice-portal-feedback = Right. An email alone cannot show who wrote it. The payroll portal asks for his own login and two-factor code, so only he can change where his pay goes.
hiring-new-address-bank-choice-reply = Sure. Just reply from this address to confirm it's really you, then I'll pass it on.
hiring-new-address-bank-choice-reply-feedback = A reply from the same address proves nothing: whoever could write the first email can write the second. Bank details change only in the payroll portal, with his own login and two-factor code.
hiring-new-address-bank-choice-forward = No problem. I'll forward this to payroll today, so it's in place before the next payment goes out.

hiring-new-address-bank-ok = That makes sense; I should have thought of it. Done: the portal asked for my two-factor code, and the new account shows there now.
hiring-new-address-bank-forwarded = Payroll changes the account from your forwarded email.
hiring-new-address-paid = Payday: { $contractor }'s first payment reaches his new account.

hiring-new-address-safe = Your new contractor is settled in, and he is who he said he was. He really moved, and every step went through the usual process: the address changed by himself in the HR portal, a call on camera, his ID at the door. The one request to turn down was the bank change by email; he went through the portal instead, without any fuss.
hiring-new-address-safe-email = Your new contractor is settled in, and the pay reached him. But his bank details were changed from an email. It was really him this time; still, an email alone cannot show who wrote it. The payroll portal, with his own login and two-factor code, is the only place to make that change.
hiring-new-address-missed-end = You ended the contract with an honest contractor. A laptop going to a new address is worth checking, and he offered every check: the change in the HR portal, a video call, his ID at the door. Next time, let the process check it before you decide.

hiring-new-address-fine-laptop-redirect = A laptop going to an address other than the one in the contract is a warning sign. Here the new address came through the usual process: changed by him in the HR portal with his own login and two-factor code, confirmed on camera, and handed over only after an ID check.
hiring-new-address-fine-unreachable = He told you days ahead, for a clear reason, and made up the hours. The warning sign is someone who keeps being hard to reach, without explanation.
hiring-new-address-fine-login-anomalies = His sign-ins came from one new city, the one he had moved to, on the company laptop, with two-factor each time. Sign-ins from several countries or through a VPN would have been a different story.
