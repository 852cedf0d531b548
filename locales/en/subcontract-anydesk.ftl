# Scenario “subcontract-anydesk”: a “subcontracting” offer on Upwork that moves to Telegram.
# Variables: $recruiter (a name), $handle (a Telegram handle), $rate (dollars an hour),
# $monthly (dollars a month). The recruiter writes fast and casually, with small typos.

subcontract-anydesk-title = The agency with too much work
subcontract-anydesk-summary = A friendly agency owner on Upwork offers you steady subcontracting work.
subcontract-anydesk-cast-recruiter = { $recruiter }

subcontract-anydesk-hello = Hi there! Saw your profile, really great reviews 👍 I run a small dev agency in Austin, we have more clients than hands rn
subcontract-anydesk-hello-invite = Hey! I invited you to my job post but wanted to write you directly too 😊 we are a small dev agency in Austin, more clients than hands rn
subcontract-anydesk-offer = Would you be open to subcontract for us? { MONEY($rate) }/hr, steady work, mostly React and some APIs. Honestly easy stuff for someone like you
subcontract-anydesk-move = upwork chat is super slow for us, can we continue on Telegram? my handle is @{ $handle }

subcontract-anydesk-move-choice-stay = Thanks! I'd rather keep talking here on Upwork until there's a contract.
subcontract-anydesk-move-choice-ask = Why not send me a contract offer through Upwork first?
subcontract-anydesk-move-choice-ask-feedback = Good question. A real client can make an offer on the platform; asking for one costs you nothing.
subcontract-anydesk-move-choice-go = Sure, I'll message you there.

subcontract-anydesk-stay-reply = ok no problem but honestly its much easier on tg, my whole team is there. contract we can do later, dont worry
subcontract-anydesk-insist-choice-give-in = Fine, let's move to Telegram then.
subcontract-anydesk-insist-choice-decline = Then I'll pass. Good luck with the project!
subcontract-anydesk-insist-choice-report = I'll pass, and I'm reporting this message to Upwork.
subcontract-anydesk-insist-choice-report-feedback = Reporting takes a minute and protects the next freelancer this person writes to.

subcontract-anydesk-tg-hello = hey its { $recruiter } 👋 thx for coming over
subcontract-anydesk-tg-plan = so here is how we work. my upwork account got closed bc of regional limits 😕 so we work through accounts of good freelancers like you
subcontract-anydesk-tg-share = our devs do all the work on your account, you get 20% for basically doing nothing. thats { MONEY($monthly) } a month easy
subcontract-anydesk-account-choice-easy = So I just lend you my account and get paid? Sounds easy enough.
subcontract-anydesk-account-choice-refuse = Letting others work through my account breaks Upwork's rules. No.
subcontract-anydesk-account-choice-who = Who exactly would be logging in as me?
subcontract-anydesk-account-choice-who-feedback = Asking who would act in your name is exactly right: the honest answer here would be “a stranger”.

subcontract-anydesk-pressure = relax bro everyone does this 😅 its just business. { MONEY($monthly) } every month guaranteed. but i need answer today, another freelancer is waiting
subcontract-anydesk-pressure-choice-give-in = Okay, okay. What do you need from me?
subcontract-anydesk-pressure-choice-leave = A deadline like that makes me more careful, not less. I'm out.
subcontract-anydesk-pressure-choice-report = I'm out, and I'm reporting this chat.

subcontract-anydesk-ask-id = great!! first we need to pass upwork verification again. send me photo of your passport, both sides, and a selfie holding it
subcontract-anydesk-ask-video = and when upwork asks for the video check you just do it, my guy will be on the pc at same time
subcontract-anydesk-id-choice-send = Okay, I'm sending the photos now.
subcontract-anydesk-id-choice-refuse = I won't send my passport, and I won't do a video check for someone else.
subcontract-anydesk-id-choice-refuse-feedback = Right: your documents and your face would vouch for someone you have never seen.
subcontract-anydesk-id-choice-report = This is identity fraud. I'm ending this and reporting you.

subcontract-anydesk-anydesk = ok ok, last thing. install AnyDesk so our dev can work from your computer, then upwork sees your IP and everything is clean ✅
subcontract-anydesk-anydesk-file = { $recruiter } sent you a file: AnyDesk.exe (5.2 MB)
subcontract-anydesk-keep-quiet = just keep the laptop on at night. and dont tell upwork about our partnership, delete this chat after 😉
subcontract-anydesk-anydesk-choice-install = Installed. Here is my AnyDesk code.
subcontract-anydesk-anydesk-choice-refuse = Nobody gets remote control of my computer, and I don't hide things from the platform. We're done.
subcontract-anydesk-anydesk-choice-report = I'm blocking you and reporting this to Upwork and the police.
subcontract-anydesk-anydesk-choice-report-feedback = Blocking and reporting is the strongest move here. Keep the chat: it is evidence.

subcontract-anydesk-suspended = Three weeks later: “Your Upwork account has been suspended for violating the Terms of Service.”
subcontract-anydesk-docs-used = Your bank writes: an account was opened online with your passport details.
subcontract-anydesk-compromised = Strangers worked through your account, on your computer, under your name. The platform ban is permanent, and any money that moved through you can be traced to you. This happens to careful people too: what matters now is to act. Remove AnyDesk, change your passwords, tell Upwork and your bank, and report it.

subcontract-anydesk-walked-away-early = You kept the conversation on Upwork and walked away when they would not. The platform's protection stayed with you the whole time.
subcontract-anydesk-reported-early = You walked away and reported the message. Upwork can now look at this account before it reaches someone else.
subcontract-anydesk-docs-out-left = You had already sent photos of your passport. Tell your bank, and watch for accounts opened in your name.
subcontract-anydesk-walked-away = You ended the conversation before your account or your computer were handed over. Nothing ran on your machine under your name.
subcontract-anydesk-docs-out-reported = You had already sent photos of your passport. Mention that in your report, tell your bank, and watch for accounts opened in your name.
subcontract-anydesk-reported = You ended it and reported it. Your account and your computer stayed yours, and the platform knows.
