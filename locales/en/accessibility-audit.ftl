# Scenario “accessibility-audit”: an honest client. Variables: $client (a man's name),
# $budget (dollars, fixed price), $share (dollars, a designer's fee), $weekday (tuesday or
# thursday).
# The client is a man, a product lead at a small software company. He writes politely, in
# full sentences, without emoji. German: he says du (a relaxed tech team); Ukrainian: ви;
# Vietnamese: he says tôi and bạn, the player calls him anh.
# The accounts team writes short, formal e-mails (German: Sie).

accessibility-audit-title = An accessibility audit for a booking app
accessibility-audit-summary = A product lead contacts you on LinkedIn about six weeks of accessibility work on a React app.
accessibility-audit-cast-client = { $client }
accessibility-audit-cast-accounts = Fernhill Logistics – Accounts

accessibility-audit-request = New message request on LinkedIn from { $client }, product lead at Fernhill Logistics. You have two contacts in common.
accessibility-audit-hello = Hello! I'm { $client }, product lead at Fernhill Logistics, a small company that builds booking software for delivery firms. I read your post about accessibility audits for React apps and found it genuinely useful.
accessibility-audit-project = We need an accessibility audit of our booking app, followed by the fixes: roughly six weeks of work. Would that be of interest to you?
accessibility-audit-upwork = We hire all our contractors through Upwork, so the contract and payments are protected for both sides. If you're open to it, I'll invite you to our job post there. Is your Upwork profile under the same name as this one?

accessibility-audit-linkedin-choice-accept = Yes, it's the same name. Send the invitation on Upwork and I'll reply there today.
accessibility-audit-linkedin-choice-brief = I'd rather not say which Upwork account is mine. Send me the brief and rate here first.
accessibility-audit-linkedin-choice-brief-feedback = Keeping your account to yourself sounds careful, but here it keeps the talks on LinkedIn, away from the platform. This client wants the brief, the rate and the contract on Upwork, which is where they belong.
accessibility-audit-linkedin-choice-refuse = Thanks, but I don't take work from strangers on LinkedIn. Too many fake recruiters there.
accessibility-audit-linkedin-choice-refuse-feedback = Care is good, but look at the direction: this client moves you onto the platform, not off it. The warning sign is a push from a platform to a private chat before any contract.

accessibility-audit-no-pressure = Completely understandable. The job post is public on Upwork under our company name, “Accessibility audit and fixes for a React booking app”, if you'd like to look it up yourself. No pressure at all.
accessibility-audit-second-choice-look = I found the post on Upwork and it matches. Fine, send me the invitation there.
accessibility-audit-second-choice-papers = Before I go on, send me your company registration and a copy of your ID.
accessibility-audit-second-choice-ignore = A job post can be set up as easily as a message can. I'll leave it there, thanks.
accessibility-audit-goodbye = Understood. The job post stays open on Upwork if you change your mind. All the best with your work!

accessibility-audit-invite = Fernhill Logistics invited you to the job “Accessibility audit and fixes for a React booking app”. The client's payment method is verified.
accessibility-audit-up-hello = Thanks for joining me here! As promised: a fixed price of { MONEY($budget) } in three milestones, the first one being the audit report.
accessibility-audit-offer = { $client } sent you a contract offer on Upwork: fixed price { MONEY($budget) }, three milestones.
accessibility-audit-accepted = You accepted the contract. The first milestone is funded and held by Upwork until you deliver.
accessibility-audit-email = Welcome aboard! Now that the contract is in place: our team lives in email, so could we move day-to-day questions there? I'll write to you from my work address. Milestones, deliverables for approval and all payments stay here on Upwork, of course.

accessibility-audit-email-choice-accept = Sure, email suits me for everyday questions. Milestones and payments stay here, as you said.
accessibility-audit-email-choice-invoice = Sure. And I could invoice you directly from now on, so we both save the Upwork fee.
accessibility-audit-email-choice-invoice-feedback = Email for daily questions was fine, but payments are another matter. Outside Upwork there is no record, no dispute process and no payment guarantee, for you or for the client. The client, being honest, says no.
accessibility-audit-email-choice-refuse = I'd rather keep every message on Upwork, so there's a record if anything goes wrong.
accessibility-audit-email-choice-refuse-feedback = That's allowed, and the client goes along with it. Still: the contract is signed and payment stays on Upwork, so email for daily details would have been safe. The risk is moving before a contract, or moving the payment.

accessibility-audit-stay-here = No problem at all, we'll keep everything here on Upwork then.
accessibility-audit-fees-stay = Kind of you to think of the fee, but let's keep every payment on Upwork. That's how we pay all our contractors, and it protects you as well. Email is only for questions.

accessibility-audit-email-in = New email from { $client }, sent from a Fernhill Logistics address, with the Upwork contract's title in the subject line.
accessibility-audit-email-hello = Subject: Kickoff – accessibility project. Hello! As promised, here is my work address. Attached are our style guide and a test account for our staging site.
accessibility-audit-kickoff = Could we do a 30-minute kickoff video call on { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} with our developer and our designer? I'll send a calendar invitation.
accessibility-audit-kickoff-choice-accept = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} works for me. I'll bring a first list of questions about the booking flow.
accessibility-audit-kickoff-choice-ids = Happy to, once you've sent me an ID copy for each person who joins the call.
accessibility-audit-kickoff-choice-ids-feedback = Wanting to know who you'll meet is fair, but ID copies are far more than a kickoff needs. Their names, the company's team page and the signed Upwork contract would have answered the question.
accessibility-audit-kickoff-choice-refuse = I'd rather skip video calls outside Upwork. Could we do the kickoff in writing instead?
accessibility-audit-kickoff-choice-refuse-feedback = Meeting your client's team, yourself, on their usual calendar tool after a signed contract is ordinary. Warning signs would be installing remote-control software, handing over an account, or being paid outside the platform.
accessibility-audit-ids-reply = We don't pass ID documents around, I'm afraid. You'll find all three of us on our company's team page and on LinkedIn, and the invitation lists our names. See you on the call.
accessibility-audit-no-kickoff = No problem. I'll write the introductions up in an email instead and put the team in copy.

accessibility-audit-accounts-mail = New email from Fernhill Logistics – Accounts, with { $client } in copy.
accessibility-audit-accounts-ask = Hello, I look after supplier records at Fernhill. For our bookkeeping we need your invoice details for this contract: your business name, business address and VAT or tax number, exactly as they appear on your invoices. If you add them in your Upwork tax settings, they will show on Upwork's invoices; a PDF invoice from you works as well. We do not need any ID documents.
accessibility-audit-verify-choice-confirm = Happy to. I'll quickly confirm with { $client } that this is your accounts team.
accessibility-audit-verify-choice-confirm-feedback = A good reflex with a new sender: check through a channel you already trust. Here the answer is yes, and the request was ordinary invoice data for a signed contract.
accessibility-audit-verify-choice-extra = Of course. Here are my details, plus a passport scan in case your records need one too.
accessibility-audit-verify-choice-extra-feedback = They asked for invoice details and said outright that no ID documents were needed. A passport scan sent by email sits in inboxes you can't control; prove who you are only through the platform's own process.
accessibility-audit-verify-choice-refuse = I never send my tax number by email. Far too many phishing mails ask for exactly that.
accessibility-audit-verify-choice-refuse-feedback = Your own business details on an invoice for a signed contract are normal bookkeeping. The warning sign is being asked for passport scans or personal documents, especially before any contract.
accessibility-audit-confirmed = Yes, that's our accounts team. Thanks for checking, it's good practice.
accessibility-audit-accounts-fine = No problem. If you add the details in your Upwork tax settings, we will take them from Upwork's invoices.
accessibility-audit-scan-deleted = Thank you, the invoice details are all we need. We do not keep ID documents, so I have deleted the passport scan. Please don't send it to clients by email.

accessibility-audit-client-asks = One small admin matter: our accountant needs your invoice details for our books, meaning your business name, address and VAT or tax number, the same as on your invoices. If you've entered them in your Upwork tax settings, they already show on Upwork's invoices. No ID documents needed, just invoice data.
accessibility-audit-invoice-choice-send = Sure. Here are my business name, address and VAT number, exactly as they appear on my invoices.
accessibility-audit-invoice-choice-later = I'll send them once the last milestone is paid. Until then my tax number stays private.
accessibility-audit-invoice-choice-later-feedback = Your business name and tax number belong on your invoices, and a client with a signed contract needs them now, for the books, not at the end. The warning sign is a request for passport scans or personal documents.
accessibility-audit-invoice-choice-refuse = I'd rather not give out my tax number at all. Scammers collect details just like that.
accessibility-audit-invoice-choice-refuse-feedback = Your business name and tax number belong on your invoices; a client needs them for a signed contract. The warning sign is a request for passport scans or personal documents “to set things up”.
accessibility-audit-client-fine = Understood. Our accountant may follow up through Upwork later, but that doesn't hold up the work.

accessibility-audit-paid = Two weeks later: “Milestone 1 approved. Payment released” on Upwork.
accessibility-audit-thanks = The audit report is excellent, thank you! The team is already working through your list.

accessibility-audit-designer = One more question before milestone 2. The colour fixes need a designer, and we'd like to bring back a freelancer we've worked with before; she isn't on Upwork. To keep the paperwork simple, could I add her fee of { MONEY($share) } to your milestone 2, and you pay her from it?
accessibility-audit-designer-choice-forward = That's fine. Add it to milestone 2, and I'll pay her the same day Upwork releases it.
accessibility-audit-designer-choice-forward-feedback = The client means well, but you would receive money for someone else and send it on. That is the pattern money mules are recruited with, and it all runs through your account and your books.
accessibility-audit-designer-choice-favour = Alright, as a favour to the project. I'll pass her share on once it arrives.
accessibility-audit-designer-choice-favour-feedback = Helping out is kind, but money that passes through your account for someone else is booked to you. A direct contract between the client and the designer is the clean way.
accessibility-audit-designer-choice-direct = I'd rather not pass on money for someone else. Could you pay her directly instead?
accessibility-audit-designer-choice-direct-feedback = Right: you only receive money for your own work. And see how the client takes the no in his stride; that is how an honest client reacts.
accessibility-audit-designer-added = Thank you, that's a big help. I've added her fee to milestone 2.
accessibility-audit-designer-ok = That's fair, and our accountant will prefer it too. I'll give her a contract of her own.

accessibility-audit-next-milestone = Milestone 2 is now funded on Upwork, so you can start on the fixes whenever you're ready.

accessibility-audit-hired = You got the job and the first payment. The LinkedIn message led onto Upwork, the contract came first, email came only after it, the only data asked of you belonged on an invoice, and the designer gets paid directly.
accessibility-audit-hired-forwarded = You got the job and the first payment, from an honest client. One thing to change: the designer's fee now passes through your account. Money you receive and send on for someone else is booked to you, and it is the same pattern money mules are recruited with. Next time, ask for a direct contract for the other person.
accessibility-audit-missed-early = You passed on an honest client. Caution with strangers is sensible; here, though, the client was steering you onto the platform, which is the safe direction. Next time, look up the job post before you decide.

accessibility-audit-fine-off-platform = The LinkedIn message steered you onto Upwork, not away from it, and the move to email came only after a signed contract, with every payment staying on the platform. The direction of the move, and when it happens, make the difference.
accessibility-audit-fine-identity-docs = Your business name, address and tax number belong on every invoice, and a client with a signed contract needs them for the books. A request for passport scans or personal documents, before a contract or by chat, would have been another matter.
