# Scenario “dispatch-dashboard”: an honest client. A small logistics company hires you for an
# hourly contract on Upwork. Variables: $client (a man's name), $fleet (trucks or vans),
# $rate (dollars an hour), $hours (hours a week), $bonus (dollars).
# The client is a man who runs operations, not a tech firm. He writes politely and warmly, in
# full sentences, with a single emoji in the whole story. German: he says Sie, and the
# player's answers say Sie too; Ukrainian: ви; Vietnamese: he says tôi and bạn, the player
# calls him anh.

dispatch-dashboard-title = The dispatch dashboard
dispatch-dashboard-summary = A small logistics company wants help with its route planning, paid by the hour.
dispatch-dashboard-cast-client = { $client }

dispatch-dashboard-invite = { $client } from Fennwick Freight invited you to interview for the job “Route planning dashboard (Python), hourly”.
dispatch-dashboard-hello = Hello, and thanks for taking a look! I'm { $client }, and I run operations at Fennwick Freight. We're a small logistics company with 14 { $fleet ->
    [trucks] trucks
   *[vans] delivery vans
} and a dispatch office of three.
dispatch-dashboard-need = Our dispatchers still plan routes in a spreadsheet that has grown far too big. We already have a few Python scripts and would like a simple dashboard on top of them.
dispatch-dashboard-call = Before I send an offer, I'd like a 20-minute video call here on Upwork with our team lead. Full disclosure: at our size, the team lead is me 😄
dispatch-dashboard-call-choice-accept = Sounds good, happy to. When would suit you? Mornings are easiest for me.
dispatch-dashboard-call-choice-voice = Voice is fine, but I keep my camera off with new clients, sorry.
dispatch-dashboard-call-choice-voice-feedback = Being shy of cameras is understandable, but here the client simply wants to see the person he will hire, on Upwork's own call. The red flag is being asked to appear on video for someone else.
dispatch-dashboard-call-choice-refuse = I'd rather not do video before a contract. Writing suits me better.
dispatch-dashboard-call-choice-refuse-feedback = Meeting the client yourself is part of an honest hire. The red flag is being asked to appear on video for someone else, and that is not what happened here.
dispatch-dashboard-no-call = That's fine, then let's skip the call and settle the details in writing. I'd have liked to put a face to the name, but your reviews speak for themselves.

dispatch-dashboard-call-time = Great, thank you! I'll start the call from this chat tomorrow at 10, if that works for you.
dispatch-dashboard-in-call = Upwork video call with { $client }, 20 minutes. You see the dispatch spreadsheet, and you talk through two of your past projects.
dispatch-dashboard-screen = Could you share your screen for a minute and show me the dashboard you mentioned from your last project? Just the screen, nothing else.
dispatch-dashboard-screen-choice-window = Of course. I'll share just the browser window with that dashboard in it.
dispatch-dashboard-screen-choice-window-feedback = Good habit. Sharing your screen in a call means you show something and stay in control; remote access means someone else controls your computer. This was the first kind.
dispatch-dashboard-screen-choice-control = Sure. Even easier: I'll give you control, so you can click around it yourself.
dispatch-dashboard-screen-choice-control-feedback = Showing your screen was fine; handing over control was a step too far, even to an honest client. Once someone else moves your mouse, they can reach everything on your computer. Share, and stay in charge.
dispatch-dashboard-screen-choice-refuse = No screen sharing, sorry. That's exactly how remote access scams start.
dispatch-dashboard-screen-choice-refuse-feedback = Careful is good, but showing your own screen in a call gives nobody control of your computer. The warning sign is a request to install AnyDesk, TeamViewer or similar.
dispatch-dashboard-screen-no = No problem at all. The screenshots in your portfolio will do.
dispatch-dashboard-no-control = That's kind, but there's no need. I'd much rather just watch: your computer should stay yours.
dispatch-dashboard-call-thanks = Thank you, that was really helpful. I'll send you the offer shortly.

dispatch-dashboard-offer = { $client } sent you an offer on Upwork: hourly contract, { MONEY($rate) } an hour, up to { $hours } hours a week, billed weekly through Upwork.
dispatch-dashboard-started = You accept the offer. The contract has started.
dispatch-dashboard-tracker = Welcome aboard! Since it's hourly, please log your time with the Upwork desktop app. Download it from Upwork's own site, not from any link I send. That keeps your hours covered by Upwork's hourly protection.
dispatch-dashboard-tracker-info = Upwork: To log time on hourly contracts, use the Upwork desktop app. It records time and takes occasional screenshots only while you are tracking time on a contract.
dispatch-dashboard-tracker-choice-check = Fine. I'll read the hourly terms in Upwork's help pages first, then install it.
dispatch-dashboard-tracker-choice-check-feedback = Checking is good practice, and here it confirms what the client said: the tracker is Upwork's own tool, installed from Upwork, not a remote control app from a stranger.
dispatch-dashboard-tracker-choice-link = Will do. Could you send me the download link, so I get the right version?
dispatch-dashboard-tracker-choice-link-feedback = The client had just said not to take the app from any link he sent. Software that arrives by a link from a client is how remote-control tools get installed; take the tracker from Upwork's own site yourself.
dispatch-dashboard-tracker-choice-refuse = I don't install any software for clients. Can I just enter my hours by hand?
dispatch-dashboard-tracker-choice-refuse-feedback = A fair worry, but this is the platform's own app, downloaded from the platform, and it only runs while you track time. It gives the client no control over your computer.
dispatch-dashboard-manual = I understand the worry. It's Upwork's own app, and it only runs when you start tracking this contract; it can't control your computer. Manual time is possible, but it isn't covered by hourly protection. Would you give it a go?
dispatch-dashboard-link-no = Please get it straight from Upwork's own site instead. That's the only place to download it from, and you'll always have the current version.
dispatch-dashboard-manual-choice-install = Put like that, it's fine. I'll install it from Upwork's site.
dispatch-dashboard-manual-choice-manual-only = I'd still rather enter my hours by hand, without the protection.
dispatch-dashboard-manual-choice-leave = I don't feel good about any of this. I'll end the contract here.

dispatch-dashboard-diary = Monday: your first tracked hours appear in the contract's work diary on Upwork, ready for this week's billing.

dispatch-dashboard-insurer = One administrative request, I'm afraid. Our insurer wants ID on file for everyone who can see our customers' addresses. Could you send me a photo of your passport here in the chat? I'll pass it straight on to them.
dispatch-dashboard-id-choice-send = Of course. It's for your insurer, so I'll take a photo of my passport and attach it here.
dispatch-dashboard-id-choice-send-feedback = The client is honest, but a passport photo in a chat sits in chat histories and inboxes you can't control, and documents like that let others open accounts in your name. Verify your identity only in the platform's own process.
dispatch-dashboard-id-choice-mark = Alright. I'll send a copy with “for Fennwick's insurer only” written across it.
dispatch-dashboard-id-choice-mark-feedback = Writing on the copy helps a little, but the scan still leaves your hands and sits in chats you can't control. Upwork's own identity verification was the way to answer the insurer.
dispatch-dashboard-id-choice-upwork = I'd rather not send my passport by chat. Upwork has already verified me; would that do?
dispatch-dashboard-id-choice-upwork-feedback = Right: your identity is checked in the platform's own process, not by sending documents to a client. And the client accepts the no at once, as an honest client does.
dispatch-dashboard-id-thanks = Thank you, I've passed it on to our insurer.
dispatch-dashboard-id-ok = That's fair, and I should have thought of it. I've checked with our insurer: your Upwork identity verification and the contract are enough for them.

dispatch-dashboard-github = Next step: I've invited you to our company's GitHub organisation. Please accept with your own GitHub account; the repository is private.
dispatch-dashboard-github-invite = GitHub: { $client } invited you to join the Fennwick Freight organisation.
dispatch-dashboard-github-choice-own = Accepted, with my own account and with two-factor login switched on.
dispatch-dashboard-github-choice-own-feedback = Exactly how it should be: your own account, your own login, access to the client's code. Nobody asked for your password or your device.
dispatch-dashboard-github-choice-later = I'll join after the first weekly payment. Until then, could you send a zip?
dispatch-dashboard-github-choice-later-feedback = Waiting for the first payment sounds prudent, but the contract is running and billed through Upwork already. Joining the client's code repository with your own account is an ordinary part of the job.
dispatch-dashboard-github-choice-refuse = I'd rather stay on Upwork. Could you send the code here as a zip file?
dispatch-dashboard-github-choice-refuse-feedback = The rule is to keep talks and payment on the platform before a contract. Here the contract and payment are already on Upwork, and working in the client's code repository is an ordinary part of the job.
dispatch-dashboard-github-thanks = Perfect. The README explains the setup. Any questions, just ask here on Upwork.
dispatch-dashboard-zip-reply = We can do that for a start. For a longer project we'll need the code in one place, though, so please have a think about it.

dispatch-dashboard-bonus = The first week went really well, and the dispatchers love the map view! I've sent you a small bonus through Upwork as a thank-you.
dispatch-dashboard-bonus-in = Upwork: { $client } sent you a bonus of { MONEY($bonus) }.
dispatch-dashboard-bonus-choice-thanks = That's very kind of you, thank you! I'm really glad the map view helps the dispatchers.
dispatch-dashboard-bonus-choice-paypal = Thank you! Next time feel free to use PayPal, so Upwork's fee doesn't eat into it.
dispatch-dashboard-bonus-choice-paypal-feedback = The bonus was fine to keep; moving future payments to PayPal was not. Outside Upwork there is no record, no dispute process and no payment guarantee. The client, being honest, keeps the money on the platform.
dispatch-dashboard-bonus-choice-refund = Money for nothing feels like a scam to me. I'd rather refund it, if that's okay.
dispatch-dashboard-bonus-choice-refund-feedback = The warning sign is money for no work, or money you are asked to forward. A bonus through the platform, after a week of real work, is neither.
dispatch-dashboard-bonus-reply = No scam, I promise! It came through Upwork's bonus button for a good first week. It's yours, with nothing to send anywhere.
dispatch-dashboard-bonus-upwork = That's kind of you, but I'd rather keep every payment on Upwork. It's simpler for our books, and it protects you too.

dispatch-dashboard-nda = One more thing: the repository holds our customers' addresses, so please keep that data confidential. The NDA is attached to the contract on Upwork.
dispatch-dashboard-nda-choice-ask = Sure. Confidential towards third parties, but not towards Upwork?
dispatch-dashboard-nda-choice-ask-feedback = A sharp distinction. Keeping a client's customer data private is normal; being asked to hide the arrangement from the platform would not be.
dispatch-dashboard-nda-choice-hush = Of course. And I won't mention our arrangement to Upwork either.
dispatch-dashboard-nda-choice-hush-feedback = Keeping the customer data private was right; hiding the work from the platform was not, and nobody asked for it. Secrecy towards Upwork is the warning sign, even offered as a courtesy.
dispatch-dashboard-nda-choice-refuse = Keeping secrets is a red flag for me. I won't sign anything like that.
dispatch-dashboard-nda-choice-refuse-feedback = The red flag is hiding the arrangement from the platform, or deleting chats. Protecting a client's customer data is ordinary, and it is written into the Upwork contract for everyone to see.
dispatch-dashboard-nda-reply = Exactly, only our customers' data. Upwork can see the whole contract, NDA included.
dispatch-dashboard-nda-open = Oh, no need for that! Upwork can see the whole contract, NDA included. The NDA is only about our customers' data.
dispatch-dashboard-nda-no = I'm sorry to hear that. Without the NDA we can't give you access to the customer data, so we'll have to end the contract here. Thank you for the first week's work.
dispatch-dashboard-missed-nda = The job ended over an ordinary confidentiality clause. Keeping a client's customer data private is part of honest work; the red flag is secrecy towards the platform. You were paid for the hours you worked, through Upwork.

dispatch-dashboard-hired = You have a steady hourly job. The call was with the client himself, the tracker was the platform's own tool, and access to the code came after the contract had started. The one request to turn down was the passport photo by chat: Upwork's own verification covered it.
dispatch-dashboard-hired-manual = You have the job, with your hours entered by hand. That works, but without the tracker they are not covered by Upwork's hourly protection. The tracker was the platform's own tool, not a remote control app. The one request to turn down was the passport photo by chat.
dispatch-dashboard-missed = You walked away from an honest client. Being careful is good; here every request came from the platform's own tools or after a contract. Next time, check first: Upwork's help pages would have confirmed the tracker.

dispatch-dashboard-fine-proxy-verification = The video call was with the client himself, on Upwork, to meet you, the person who would do the work. The warning sign is being asked to appear on video, or pass a check, for someone else.
dispatch-dashboard-fine-remote-access = Sharing your own screen in a call, and installing Upwork's own time tracker from Upwork's site, give nobody control of your computer. The warning sign is a request to install AnyDesk, TeamViewer or similar so that someone else can work from your machine.
dispatch-dashboard-fine-off-platform = The GitHub invitation came after the contract had started, with payments staying on Upwork, and you joined with your own account. Moving off the platform is risky before a contract, or when the payment moves with it.
dispatch-dashboard-fine-easy-money = The bonus came through Upwork's own bonus button, after a week of real work, with nothing to send back or pass on. Easy money means pay for little or no work, or money you are asked to forward.
dispatch-dashboard-fine-secrecy = The NDA protected the client's customer data, and it was attached to the Upwork contract for the platform to see. Secrecy is a warning sign when you are asked to hide the arrangement from the platform.
