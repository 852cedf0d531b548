# Scenario “laptop-host”: a recruiter from Tallgrass IT Staffing (a made-up agency) invites
# you on Upwork to a part-time “device coordinator” job: hosting laptops that client
# companies send for “our developers”.
# Variables: $recruiter (a woman's name), $dev (a man's name: the developer whose laptop it
# is), $rate (dollars an hour), $fee (dollars per laptop per month), $salary (dollars a month).
# Voice: casual and warm. Short lines, some lowercase starts, a few emoji, small slips of a
# non-native speaker (a missing article, “I pass it on”); never mocked. German: she says du,
# and the player answers with du.
# Harmless: the short video call (proxy-verification) and the tax details for the player's
# own pay, entered in Upwork's own settings (identity-docs).

laptop-host-title = A part-time device coordinator job
laptop-host-summary = A staffing agency on Upwork offers you a few paid hours a week looking after its developers' work laptops.
laptop-host-cast-recruiter = { $recruiter }

laptop-host-invite = Upwork: { $recruiter } of Tallgrass IT Staffing invited you to a job: “Part-time device coordinator, home-based”, { MONEY($rate) } an hour, about ten hours a week.
laptop-host-hello = hi! i'm { $recruiter } from Tallgrass 😊 saw you did IT support before, that's exactly what we need
laptop-host-hello-alt = Hello! This is { $recruiter } from Tallgrass 👋 your IT support experience caught my eye, is exactly what we look for
laptop-host-about = We are staffing agency, we place remote developers with companies in the US and Europe. Our devs move around a lot, so we need reliable people who look after their work laptops at home.
laptop-host-call-ask = Before anything, can we do a quick video call? 15 minutes, I like to see who I work with. You pick the app.

laptop-host-call-choice-yes = Sure, a quick call is fine. Tomorrow afternoon works for me, on Zoom or Meet.
laptop-host-call-choice-chat = Let's keep it to chat for now. I don't do video calls before a contract.
laptop-host-call-choice-chat-feedback = Meeting on video as yourself, for work you would do yourself, gives nothing away. Keep your caution for requests that put your address, your network or your bank to work for someone else.
laptop-host-call-choice-pass = A video call for a small side job feels like a lot. I'll pass, thanks.

laptop-host-chat-reply = ok no problem, chat works too. I send you the contract then
laptop-host-call = The video call: { $recruiter } is warm and quick. She shows a slide with the agency's logo, asks about your internet connection, and whether you work from home most days.

laptop-host-contract = Great talking to you! I sent an hourly contract here on Upwork, { MONEY($rate) } an hour. Upwork will ask for your tax info for the payouts, please fill it in your Upwork settings.
laptop-host-tax-choice-settings = Done, I filled in the tax details in my Upwork settings.
laptop-host-tax-choice-chat = Can I just send you my tax number here? It's quicker for me.
laptop-host-tax-choice-chat-feedback = Your tax details belong in Upwork's own settings, where the platform keeps them for your pay. Sent in a chat, they sit with a stranger who can use them to act in your name.
laptop-host-tax-choice-refuse = No tax details for anyone until I've actually done some work.
laptop-host-tax-choice-refuse-feedback = This was the platform's own process, for your own pay under a proper Upwork contract, and nothing went to her. Refusing it only holds up your payouts; it protects nothing.

laptop-host-tax-chat-reply = Sure, thanks! I pass it on
laptop-host-tax-refuse-reply = No stress, it's only for Upwork, not for me. You can do it any time before the payout.

laptop-host-work = ok so the actual job. Next week a laptop comes to your place from one of our clients. It's for our developer { $dev }, the label has his name and your address
laptop-host-work-host = You unpack it, plug it in, connect it to your wifi and keep it on 24/7. If it goes offline, you turn it back on. That's it!
laptop-host-host-choice-yes = Sounds easy, and I'm home most days anyway. Send it over and I'll set it up.
laptop-host-host-choice-notouch = Okay, but I'll only keep it plugged in. I won't log in to anything.
laptop-host-host-choice-notouch-feedback = Not logging in changes nothing about what the laptop does at your home: it makes a worker far away look like someone at your address, on your internet connection. The hosting itself is the problem.
laptop-host-host-choice-why = Why would his employer ship his work laptop to my home and not to him?
laptop-host-host-choice-why-feedback = The right question. A company sends a work laptop to the person it hired. If it goes to your address, the company believes its worker lives there, while someone else uses it from far away: that is a laptop farm.

laptop-host-why-reply = he's relocating, and the client needs a local address for their paperwork. Totally normal in staffing, we have hosts in many cities. Nobody gets hurt, the work gets done

laptop-host-tools = One more thing for when it arrives: install AnyDesk on it so { $dev } can log in from where he is. If the client's IT blocks apps, we send you a small KVM box instead, you just plug it into the laptop and the router. No software.
laptop-host-tools-choice-anydesk = [Say yes: you'll install AnyDesk as soon as the laptop arrives]
laptop-host-tools-choice-kvm = No software on a client's laptop sounds safer. The KVM box, then.
laptop-host-tools-choice-kvm-feedback = A KVM switch is remote control without software: someone far away sees the screen and types as if they sat at your desk. In June 2025 the US Justice Department searched 29 known or suspected laptop farms in 16 states and seized about 200 computers; remote access there ran through KVM switches.
laptop-host-tools-choice-refuse = Nobody gets remote access to a laptop at my place, app or box.
laptop-host-tools-choice-refuse-feedback = Right. AnyDesk or a box between laptop and router: either way a stranger works from your home, and the company believes it is its own worker.

laptop-host-refuse-reply = it's not a stranger, it's the laptop's own user!! he's just not there 😅 anyway, let me tell you about the pay, you'll like it

laptop-host-pay-intro = so, the money part
laptop-host-pay = { $dev }'s salary from the client, { MONEY($salary) } a month, is paid to your bank account, because their payroll needs a local account. You keep { MONEY($fee) } per laptop every month and send the rest to our agency, by bank transfer or USDT.
laptop-host-pay-choice-forward = { MONEY($fee) } a month on top of my hours really helps. Send me the details.
laptop-host-pay-choice-separate = Okay, but only into a separate account that I open just for this job.
laptop-host-pay-choice-separate-feedback = A separate account is still an account in your name: the bank sees you receive another person's salary and send it on. That is money muling, whatever the account is called.
laptop-host-pay-choice-no = His salary won't pass through my bank. I'm only paid for my own hours, here.
laptop-host-pay-choice-no-feedback = Right. Another person's pay that lands in your account and leaves again is money muling, even for a fee, and the bank traces it to you.

laptop-host-no-reply = Hmm, ok. We find another way for the pay later, main thing is the laptops.

laptop-host-secret = Last thing 🙏 please don't mention the laptops in the Upwork chat or to support. Their rules are old-school and they'd close the contract. Officially you do IT support, and that's true anyway!
laptop-host-final-choice-report = [Keep the chat, then block her and report the job to Upwork]
laptop-host-final-choice-report-feedback = Right, and quietly: the chat shows Upwork the whole picture, and you don't need to warn her first. Whatever has to be hidden from the platform protects the scheme, not you.
laptop-host-final-choice-quiet = Got it, I'll keep the laptops out of Upwork. Send the first one.
laptop-host-final-choice-trial = One laptop, one month as a trial, and I'll keep it quiet.
laptop-host-final-choice-trial-feedback = One laptop is already a laptop farm: a worker far away appears to live at your address. People who ran such set-ups knowingly were prosecuted, and there is no small, safe version of it.

laptop-host-arrives = Monday: a parcel for { $dev }, at your address. Inside is a new laptop with a company's asset sticker.
laptop-host-more = Yay, it arrived!! 🎉 two more are on the way next week, same thing
laptop-host-months-later = Three months later, four laptops hum on your shelf day and night. You have never spoken to the people who use them.
laptop-host-bank-freeze = Your bank freezes your account and asks you to explain the salaries from several companies that came in and went straight out again.
laptop-host-upwork-closed = Upwork: “Your account has been permanently closed for violating our Terms of Service.”

laptop-host-compromised = The laptops at your home made workers far away look like people living at your address, on your internet connection, and the companies that hired them never knew. Hosting laptops like this can make you part of a fraud, and the legal risk stays with you: in June 2025 the US Justice Department searched 29 known or suspected laptop farms in 16 states. Someone who was deceived is not the same as someone who knowingly ran such a set-up, and coming forward early helps. Connect no more laptops, keep every message, and tell Upwork and your bank the whole story. The “Already involved?” page (press I, or run redflag involved) lists the next steps.
laptop-host-reported = You blocked her and reported the job before a single laptop reached your home. No company will believe that its worker lives at your address, and Upwork can look at the agency before the next freelancer gets the same offer.
laptop-host-walked-away-call = You left before anything was at stake, and that was safe. But a short video call in which you appear as yourself was the harmless part of this offer. Keep your no for requests that put your address, your network or your bank to work for someone else.

laptop-host-fine-proxy-verification = A short video call to meet you was fine: you would appear as yourself, for work you would do yourself. The danger came later, with laptops meant for someone else at your address.
laptop-host-fine-identity-docs = Tax details for your own pay, under an Upwork contract, entered in Upwork's own settings: that was fine. The same details sent to her in the chat would have been different: they would sit with a stranger.
