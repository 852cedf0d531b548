# Scenario “legit-time-tracker”: an honest client. A small logistics company hires you for an
# hourly contract on Upwork. Variables: $client (a man's name), $fleet (trucks or vans),
# $rate (dollars an hour), $hours (hours a week), $bonus (dollars).
# The client is a man who runs operations, not a tech firm. He writes politely and warmly, in
# full sentences, with a single emoji in the whole story. German: he says Sie, and the
# player's answers say Sie too; Ukrainian: ви; Vietnamese: he says tôi and bạn, the player
# calls him anh.

legit-time-tracker-title = The dispatch dashboard
legit-time-tracker-summary = A small logistics company wants help with its route planning, paid by the hour.
legit-time-tracker-cast-client = { $client }

legit-time-tracker-invite = { $client } from Fennwick Freight invited you to interview for the job “Route planning dashboard (Python), hourly”.
legit-time-tracker-hello = Hello, and thanks for taking a look! I'm { $client }, and I run operations at Fennwick Freight. We're a small logistics company with 14 { $fleet ->
    [trucks] trucks
   *[vans] delivery vans
} and a dispatch office of three.
legit-time-tracker-need = Our dispatchers still plan routes in a spreadsheet that has grown far too big. We already have a few Python scripts and would like a simple dashboard on top of them.
legit-time-tracker-call = Before I send an offer, I'd like a 20-minute video call here on Upwork with our team lead. Full disclosure: at our size, the team lead is me 😄
legit-time-tracker-call-choice-accept = Sounds good. When would suit you? Mornings are easiest for me.
legit-time-tracker-call-choice-who = Happy to. So it would be just the two of us on the call, then?
legit-time-tracker-call-choice-who-feedback = Asking is always fine. Here the client wants to meet you, the person who will do the work, on the platform's own call. That is normal hiring.
legit-time-tracker-call-choice-refuse = I'd rather not do video before a contract. Writing suits me better.
legit-time-tracker-call-choice-refuse-feedback = Meeting the client yourself is part of an honest hire. The red flag is being asked to appear on video for someone else, and that is not what happened here.
legit-time-tracker-no-call = That's fine, we can do it in writing. I'd have liked to put a face to the name, but your reviews speak for themselves.

legit-time-tracker-call-time = Great, thank you! I'll start the call from this chat tomorrow at 10, if that works for you.
legit-time-tracker-in-call = Upwork video call with { $client }, 20 minutes. You see the dispatch spreadsheet, and you talk through two of your past projects.
legit-time-tracker-screen = Could you share your screen for a minute and show me the dashboard you mentioned from your last project? Just the screen, nothing else.
legit-time-tracker-screen-choice-share = Sure, I'll share my screen now and open that dashboard for you.
legit-time-tracker-screen-choice-window = Of course. I'll share just the browser window with that dashboard in it.
legit-time-tracker-screen-choice-window-feedback = Good habit. Sharing your screen in a call means you show something and stay in control; remote access means someone else controls your computer. This was the first kind.
legit-time-tracker-screen-choice-refuse = No screen sharing, sorry. That's how remote access scams start.
legit-time-tracker-screen-choice-refuse-feedback = Careful is good, but showing your own screen in a call gives nobody control of your computer. The warning sign is a request to install AnyDesk, TeamViewer or similar.
legit-time-tracker-screen-no = No problem at all. The screenshots in your portfolio will do.
legit-time-tracker-call-thanks = Thank you, that was really helpful. I'll send you the offer shortly.

legit-time-tracker-offer = { $client } sent you an offer on Upwork: hourly contract, { MONEY($rate) } an hour, up to { $hours } hours a week, billed weekly through Upwork.
legit-time-tracker-started = You accept the offer. The contract has started.
legit-time-tracker-tracker = Welcome aboard! Since it's hourly, please log your time with the Upwork desktop app. Download it from Upwork's own site, not from any link I send. That keeps your hours covered by Upwork's hourly protection.
legit-time-tracker-tracker-info = Upwork: To log time on hourly contracts, use the Upwork desktop app. It records time and takes occasional screenshots only while you are tracking time on a contract.
legit-time-tracker-tracker-choice-install = Will do. I'll download it from Upwork's own site later today.
legit-time-tracker-tracker-choice-check = Fine. I'll read the hourly terms in Upwork's help pages first.
legit-time-tracker-tracker-choice-check-feedback = Checking is good practice, and here it confirms what the client said: the tracker is Upwork's own tool, installed from Upwork, not a remote control app from a stranger.
legit-time-tracker-tracker-choice-refuse = I don't install software for clients. Can I enter my hours by hand?
legit-time-tracker-tracker-choice-refuse-feedback = A fair worry, but this is the platform's own app, downloaded from the platform, and it only runs while you track time. It gives the client no control over your computer.
legit-time-tracker-manual = I understand the worry. It's Upwork's own app, and it only runs when you start tracking this contract; it can't control your computer. Manual time is possible, but it isn't covered by hourly protection. Would you give it a go?
legit-time-tracker-manual-choice-install = Put like that, it's fine. I'll install it from Upwork's site.
legit-time-tracker-manual-choice-manual-only = I'd still rather enter my hours by hand, without the protection.
legit-time-tracker-manual-choice-leave = I don't feel good about any of this. I'll end the contract here.

legit-time-tracker-diary = Monday: your first tracked hours appear in the contract's work diary on Upwork, ready for this week's billing.

legit-time-tracker-insurer = One administrative request, I'm afraid. Our insurer wants ID on file for everyone who can see our customers' addresses. Could you send me a photo of your passport here in the chat? I'll pass it straight on to them.
legit-time-tracker-id-choice-send = Of course. It's for your insurer, so I'll take a photo of my passport and attach it here.
legit-time-tracker-id-choice-send-feedback = The client is honest, but a passport photo in a chat sits in chat histories and inboxes you can't control, and documents like that let others open accounts in your name. Verify your identity only in the platform's own process.
legit-time-tracker-id-choice-mark = Alright. I'll send a copy with “for Fennwick's insurer only” written across it.
legit-time-tracker-id-choice-mark-feedback = Writing on the copy helps a little, but the scan still leaves your hands and sits in chats you can't control. Upwork's own identity verification was the way to answer the insurer.
legit-time-tracker-id-choice-upwork = I'd rather not send my passport by chat. Upwork has already verified me; would that do?
legit-time-tracker-id-choice-upwork-feedback = Right: your identity is checked in the platform's own process, not by sending documents to a client. And the client accepts the no at once, as an honest client does.
legit-time-tracker-id-thanks = Thank you, I've passed it on to our insurer.
legit-time-tracker-id-ok = That's fair, and I should have thought of it. I've checked with our insurer: your Upwork identity verification and the contract are enough for them.

legit-time-tracker-github = Next step: I've invited you to our company's GitHub organisation. Please accept with your own GitHub account; the repository is private.
legit-time-tracker-github-invite = GitHub: { $client } invited you to join the Fennwick Freight organisation.
legit-time-tracker-github-choice-accept = Accepted. I can see the repository and I'm reading the README.
legit-time-tracker-github-choice-own = Accepted with my own account, with two-factor login switched on.
legit-time-tracker-github-choice-own-feedback = Exactly how it should be: your own account, your own login, access to the client's code. Nobody asked for your password or your device.
legit-time-tracker-github-choice-refuse = I'd rather stay on Upwork. Could you send the code here as a zip file?
legit-time-tracker-github-choice-refuse-feedback = The rule is to keep talks and payment on the platform before a contract. Here the contract and payment are already on Upwork, and working in the client's code repository is an ordinary part of the job.
legit-time-tracker-github-thanks = Perfect. The README explains the setup. Any questions, just ask here on Upwork.
legit-time-tracker-zip-reply = We can do that for a start. For a longer project we'll need the code in one place, though, so please have a think about it.

legit-time-tracker-bonus = The first week went really well, and the dispatchers love the map view! I've sent you a small bonus through Upwork as a thank-you.
legit-time-tracker-bonus-in = Upwork: { $client } sent you a bonus of { MONEY($bonus) }.
legit-time-tracker-bonus-choice-thanks = That's very kind of you, thank you! I'm glad the map view helps.
legit-time-tracker-bonus-choice-check = Thank you! Just so I know: there's nothing to send back or pass on, right?
legit-time-tracker-bonus-choice-check-feedback = A good question to ask. Here the answer is “nothing”: the bonus came through Upwork, for your work, and it is yours to keep.
legit-time-tracker-bonus-choice-refund = Money for nothing feels like a scam. I'd like to refund it, sorry.
legit-time-tracker-bonus-choice-refund-feedback = The warning sign is money for no work, or money you are asked to forward. A bonus through the platform, after a week of real work, is neither.
legit-time-tracker-bonus-reply = No scam, I promise! It came through Upwork's bonus button for a good first week. It's yours, with nothing to send anywhere.

legit-time-tracker-nda = One more thing: the repository holds our customers' addresses, so please keep that data confidential. The NDA is attached to the contract on Upwork.
legit-time-tracker-nda-choice-agree = Of course. I've read the NDA on the contract and I'm fine with it.
legit-time-tracker-nda-choice-ask = Sure. Confidential towards third parties, not towards Upwork?
legit-time-tracker-nda-choice-ask-feedback = A sharp distinction. Keeping a client's customer data private is normal; being asked to hide the arrangement from the platform would not be.
legit-time-tracker-nda-choice-refuse = Keeping secrets is a red flag for me. I won't sign anything like that.
legit-time-tracker-nda-choice-refuse-feedback = The red flag is hiding the arrangement from the platform, or deleting chats. Protecting a client's customer data is ordinary, and it is written into the Upwork contract for everyone to see.
legit-time-tracker-nda-reply = Exactly, only our customers' data. Upwork can see the whole contract, NDA included.
legit-time-tracker-nda-no = I'm sorry to hear that. Without the NDA we can't give you access to the customer data, so we'll have to end the contract here. Thank you for the first week's work.
legit-time-tracker-missed-nda = The job ended over an ordinary confidentiality clause. Keeping a client's customer data private is part of honest work; the red flag is secrecy towards the platform. You were paid for the hours you worked, through Upwork.

legit-time-tracker-hired = You have a steady hourly job. The call was with the client himself, the tracker was the platform's own tool, and access to the code came after the contract had started. The one request to turn down was the passport photo by chat: Upwork's own verification covered it.
legit-time-tracker-hired-manual = You have the job, with your hours entered by hand. That works, but without the tracker they are not covered by Upwork's hourly protection. The tracker was the platform's own tool, not a remote control app. The one request to turn down was the passport photo by chat.
legit-time-tracker-missed = You walked away from an honest client. Being careful is good; here every request came from the platform's own tools or after a contract. Next time, check first: Upwork's help pages would have confirmed the tracker.

legit-time-tracker-fine-proxy-verification = The video call was with the client himself, on Upwork, to meet you, the person who would do the work. The warning sign is being asked to appear on video, or pass a check, for someone else.
legit-time-tracker-fine-remote-access = Sharing your own screen in a call, and installing Upwork's own time tracker from Upwork's site, give nobody control of your computer. The warning sign is a request to install AnyDesk, TeamViewer or similar so that someone else can work from your machine.
legit-time-tracker-fine-off-platform = The GitHub invitation came after the contract had started, with payments staying on Upwork, and you joined with your own account. Moving off the platform is risky before a contract, or when the payment moves with it.
legit-time-tracker-fine-easy-money = The bonus came through Upwork's own bonus button, after a week of real work, with nothing to send back or pass on. Easy money means pay for little or no work, or money you are asked to forward.
legit-time-tracker-fine-secrecy = The NDA protected the client's customer data, and it was attached to the Upwork contract for the platform to see. Secrecy is a warning sign when you are asked to hide the arrangement from the platform.
