# Scenario “legit-email-after-contract”: an honest client. Variables: $client (a man's name),
# $budget (dollars, fixed price), $share (dollars, a designer's fee), $weekday (tuesday or
# thursday).
# The client is a man, a product lead at a small software company. He writes politely, in
# full sentences, without emoji. German: he says du (a relaxed tech team); Ukrainian: ви;
# Vietnamese: he says tôi and bạn, the player calls him anh.
# The accounts team writes short, formal e-mails (German: Sie).

legit-email-after-contract-title = An accessibility audit for a booking app
legit-email-after-contract-summary = A product lead contacts you on LinkedIn about six weeks of accessibility work on a React app.
legit-email-after-contract-cast-client = { $client }
legit-email-after-contract-cast-accounts = Fernhill Logistics – Accounts

legit-email-after-contract-request = New message request on LinkedIn from { $client }, product lead at Fernhill Logistics. You have two contacts in common.
legit-email-after-contract-hello = Hello! I'm { $client }, product lead at Fernhill Logistics, a small company that builds booking software for delivery firms. I read your post about accessibility audits for React apps and found it genuinely useful.
legit-email-after-contract-project = We need an accessibility audit of our booking app, followed by the fixes: roughly six weeks of work. Would that be of interest to you?
legit-email-after-contract-upwork = We hire all our contractors through Upwork, so the contract and payments are protected for both sides. If you're open to it, I'll invite you to our job post there. Is your Upwork profile under the same name as this one?

legit-email-after-contract-linkedin-choice-accept = Yes, it's the same name. Send the invitation on Upwork and I'll reply there today.
legit-email-after-contract-linkedin-choice-check = It sounds interesting. I'll look at your company page and the job post before I reply.
legit-email-after-contract-linkedin-choice-check-feedback = Good habit. Here it confirms the story: a real company, a public job post, and a client who wants the contract on the platform.
legit-email-after-contract-linkedin-choice-refuse = Thanks, but I don't take work from strangers on LinkedIn. There are too many fake recruiters there.
legit-email-after-contract-linkedin-choice-refuse-feedback = Care is good, but look at the direction: this client moves you onto the platform, not off it. The warning sign is a push from a platform to a private chat before any contract.

legit-email-after-contract-no-pressure = Completely understandable. The job post is public on Upwork under our company name, “Accessibility audit and fixes for a React booking app”, if you'd like to look it up yourself. No pressure at all.
legit-email-after-contract-second-choice-look = I found the post on Upwork and it matches. Fine, send me the invitation there.
legit-email-after-contract-second-choice-apply = I'll send a proposal to the post myself, so that it all starts on Upwork.
legit-email-after-contract-second-choice-ignore = A job post can be set up as easily as a message can. I'll leave it there, thanks.

legit-email-after-contract-invite = Fernhill Logistics invited you to the job “Accessibility audit and fixes for a React booking app”. The client's payment method is verified.
legit-email-after-contract-up-hello = Thanks for joining me here! As promised: a fixed price of { MONEY($budget) } in three milestones, the first one being the audit report.
legit-email-after-contract-offer = { $client } sent you a contract offer on Upwork: fixed price { MONEY($budget) }, three milestones.
legit-email-after-contract-accepted = You accepted the contract. The first milestone is funded and held by Upwork until you deliver.
legit-email-after-contract-email = Welcome aboard! Now that the contract is in place: our team lives in email, so could we move day-to-day questions there? I'll write to you from my work address. Milestones, deliverables for approval and all payments stay here on Upwork, of course.

legit-email-after-contract-email-choice-accept = Sure, email works for everyday questions. Payments stay here, as you said.
legit-email-after-contract-email-choice-ask = Fine with me. Just to confirm: milestones and payments stay on Upwork, right?
legit-email-after-contract-email-choice-ask-feedback = Exactly the right thing to confirm, and the client had already said so. With a signed contract and payments on the platform, email for daily details is common and safe.
legit-email-after-contract-email-choice-refuse = I'd rather keep every message on Upwork, so there's a record if anything goes wrong.
legit-email-after-contract-email-choice-refuse-feedback = That's allowed, and the client goes along with it. Still: the contract is signed and payment stays on Upwork, so email for daily details would have been safe. The risk is moving before a contract, or moving the payment.

legit-email-after-contract-stay-here = No problem at all, we'll keep everything here on Upwork then.

legit-email-after-contract-email-in = New email from { $client }, sent from a Fernhill Logistics address, with the Upwork contract's title in the subject line.
legit-email-after-contract-email-hello = Subject: Kickoff – accessibility project. Hello! As promised, here is my work address. Attached are our style guide and a test account for our staging site.
legit-email-after-contract-kickoff = Could we do a 30-minute kickoff video call on { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} with our developer and our designer? I'll send a calendar invitation.
legit-email-after-contract-kickoff-choice-accept = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} works for me. I'll bring a first list of questions about the booking flow.
legit-email-after-contract-kickoff-choice-agenda = Happy to join. Could you send a short agenda along with the calendar invitation?
legit-email-after-contract-kickoff-choice-refuse = I'd rather not do video calls outside Upwork. Could we keep the kickoff in writing, please?
legit-email-after-contract-kickoff-choice-refuse-feedback = Meeting your client's team, yourself, on their usual calendar tool after a signed contract is ordinary. Warning signs would be installing remote-control software, handing over an account, or being paid outside the platform.
legit-email-after-contract-agenda-reply = Of course: introductions, the app's main user journeys, and how you'd like to receive feedback. It's in the invitation.
legit-email-after-contract-no-kickoff = No problem. I'll write the introductions up in an email instead and put the team in copy.

legit-email-after-contract-accounts-mail = New email from Fernhill Logistics – Accounts, with { $client } in copy.
legit-email-after-contract-accounts-ask = Hello, I look after supplier records at Fernhill. For our bookkeeping we need your invoice details for this contract: your business name, business address and VAT or tax number, exactly as they appear on your invoices. If you add them in your Upwork tax settings, they will show on Upwork's invoices; a PDF invoice from you works as well. We do not need any ID documents.
legit-email-after-contract-verify-choice-reply = Of course. Here are my business name, address and VAT number, as on my invoices.
legit-email-after-contract-verify-choice-confirm = Happy to. I'll quickly confirm with { $client } that this is your accounts team.
legit-email-after-contract-verify-choice-confirm-feedback = A good reflex with a new sender: check through a channel you already trust. Here the answer is yes, and the request was ordinary invoice data for a signed contract.
legit-email-after-contract-verify-choice-refuse = I never send my tax number by email. Far too many phishing mails ask for exactly that.
legit-email-after-contract-verify-choice-refuse-feedback = Your own business details on an invoice for a signed contract are normal bookkeeping. The warning sign is being asked for passport scans or personal documents, especially before any contract.
legit-email-after-contract-confirmed = Yes, that's our accounts team. Thanks for checking, it's good practice.
legit-email-after-contract-accounts-fine = No problem. If you add the details in your Upwork tax settings, we will take them from Upwork's invoices.

legit-email-after-contract-client-asks = One small admin matter: our accountant needs your invoice details for our books, meaning your business name, address and VAT or tax number, the same as on your invoices. If you've entered them in your Upwork tax settings, they already show on Upwork's invoices. No ID documents needed, just invoice data.
legit-email-after-contract-invoice-choice-send = Sure, here they are, exactly as they appear on the invoices I send.
legit-email-after-contract-invoice-choice-upwork = I'll add them in my Upwork tax settings, so they show on Upwork's own invoices.
legit-email-after-contract-invoice-choice-upwork-feedback = A tidy solution: the data goes where invoices are made anyway. Sending it by email would also have been fine for a signed contract.
legit-email-after-contract-invoice-choice-refuse = I'd rather not give out my tax number. Scammers collect details like that.
legit-email-after-contract-invoice-choice-refuse-feedback = Your business name and tax number belong on your invoices; a client needs them for a signed contract. The warning sign is a request for passport scans or personal documents “to set things up”.
legit-email-after-contract-client-fine = Understood. Our accountant may follow up through Upwork later, but that doesn't hold up the work.

legit-email-after-contract-paid = Two weeks later: “Milestone 1 approved. Payment released” on Upwork.
legit-email-after-contract-thanks = The audit report is excellent, thank you! The team is already working through your list.

legit-email-after-contract-designer = One more question before milestone 2. The colour fixes need a designer, and we'd like to bring back a freelancer we've worked with before; she isn't on Upwork. To keep the paperwork simple, could I add her fee of { MONEY($share) } to your milestone 2, and you pay her from it?
legit-email-after-contract-designer-choice-forward = That's fine. Add it to milestone 2 and I'll pay her the day Upwork releases it.
legit-email-after-contract-designer-choice-forward-feedback = The client means well, but you would receive money for someone else and send it on. That is the pattern money mules are recruited with, and it all runs through your account and your books.
legit-email-after-contract-designer-choice-favour = Alright, as a favour to the project. I'll pass her share on straight away.
legit-email-after-contract-designer-choice-favour-feedback = Helping out is kind, but money that passes through your account for someone else is booked to you. A direct contract between the client and the designer is the clean way.
legit-email-after-contract-designer-choice-direct = I'd rather not pass on money for someone else. Could you pay her directly instead?
legit-email-after-contract-designer-choice-direct-feedback = Right: you only receive money for your own work. And see how the client takes the no in his stride; that is how an honest client reacts.
legit-email-after-contract-designer-added = Thank you, that's a big help. I've added her fee to milestone 2.
legit-email-after-contract-designer-ok = That's fair, and our accountant will prefer it too. I'll give her a contract of her own.

legit-email-after-contract-next-milestone = Milestone 2 is now funded on Upwork, so you can start on the fixes whenever you're ready.

legit-email-after-contract-hired = You got the job and the first payment. The LinkedIn message led onto Upwork, the contract came first, email came only after it, the only data asked of you belonged on an invoice, and the designer gets paid directly.
legit-email-after-contract-hired-forwarded = You got the job and the first payment, from an honest client. One thing to change: the designer's fee now passes through your account. Money you receive and send on for someone else is booked to you, and it is the same pattern money mules are recruited with. Next time, ask for a direct contract for the other person.
legit-email-after-contract-missed-early = You passed on an honest client. Caution with strangers is sensible; here, though, the client was steering you onto the platform, which is the safe direction. Next time, look up the job post before you decide.

legit-email-after-contract-fine-off-platform = The LinkedIn message steered you onto Upwork, not away from it, and the move to email came only after a signed contract, with every payment staying on the platform. The direction of the move, and when it happens, make the difference.
legit-email-after-contract-fine-identity-docs = Your business name, address and tax number belong on every invoice, and a client with a signed contract needs them for the books. A request for passport scans or personal documents, before a contract or by chat, would have been another matter.
