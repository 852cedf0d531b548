# Scenario “legit-email-after-contract”: a legitimate client. Variables: $client (a name),
# $budget (dollars, fixed price), $weekday (tuesday or thursday).
# The client writes politely and clearly, like a product lead at a small software company;
# the accounts team writes short, formal e-mails.

legit-email-after-contract-title = From LinkedIn to a contract
legit-email-after-contract-summary = A product lead writes to you on LinkedIn about an accessibility project.
legit-email-after-contract-cast-client = { $client }
legit-email-after-contract-cast-accounts = Fernhill Logistics – Accounts

legit-email-after-contract-request = New message request on LinkedIn from { $client }, product lead at Fernhill Logistics. You have two contacts in common.
legit-email-after-contract-hello = Hi! I'm { $client }, product lead at Fernhill Logistics, a small company that builds booking software for delivery firms. I read your post about accessibility audits for React apps and found it really useful.
legit-email-after-contract-project = We need an accessibility audit of our booking app, plus the fixes. Around six weeks of work. Would that interest you?
legit-email-after-contract-upwork = We hire all our contractors through Upwork, so the contract and payments are protected for both sides. If you're open to it, I'll invite you to our job post there. Is your Upwork profile under the same name as here?

legit-email-after-contract-linkedin-choice-accept = Yes, same name. Happy to get the invitation on Upwork.
legit-email-after-contract-linkedin-choice-check = Sounds interesting. I'll look at your company page and the job post before I accept.
legit-email-after-contract-linkedin-choice-check-feedback = Good habit. Here it confirms the story: a real company, a public job post, and a client who wants the contract on the platform.
legit-email-after-contract-linkedin-choice-refuse = Sorry, I don't answer job offers from strangers on LinkedIn.
legit-email-after-contract-linkedin-choice-refuse-feedback = Care is good, but look at the direction: this client moves you onto the platform, not off it. The warning sign is a push from a platform to a private chat before any contract.

legit-email-after-contract-no-pressure = Completely understandable! The job post is public on Upwork under our company name, “Accessibility audit and fixes for a React booking app”, if you'd like to look it up yourself. No pressure at all.
legit-email-after-contract-second-choice-look = I found the post on Upwork. Fine, send me the invitation there.
legit-email-after-contract-second-choice-ignore = I'll leave it, thanks.

legit-email-after-contract-invite = Fernhill Logistics invited you to the job “Accessibility audit and fixes for a React booking app”. The client's payment method is verified.
legit-email-after-contract-up-hello = Thanks for joining here! As promised: a fixed price of { MONEY($budget) } in three milestones, the first one being the audit report.
legit-email-after-contract-offer = { $client } sent you a contract offer on Upwork: fixed price { MONEY($budget) }, three milestones.
legit-email-after-contract-accepted = You accepted the contract. The first milestone is funded and held by Upwork until you deliver.
legit-email-after-contract-email = Welcome aboard! Now that the contract is in place: our team lives in email, so could we move day-to-day questions there? I'll write to you from my work address. Milestones, deliverables for approval and all payments stay here on Upwork, of course.

legit-email-after-contract-email-choice-accept = Sure, email is fine for everyday questions.
legit-email-after-contract-email-choice-ask = Fine with me. Just to be clear: milestones and payments stay on Upwork, right?
legit-email-after-contract-email-choice-ask-feedback = Exactly the right thing to confirm, and the client already said so. With a signed contract and payments on the platform, email for daily details is common and safe.
legit-email-after-contract-email-choice-refuse = I'd rather keep all communication on Upwork.
legit-email-after-contract-email-choice-refuse-feedback = That's allowed, and the client goes along with it. Still: the contract is signed and payment stays on Upwork, so email for daily details would have been safe. The risk is moving before a contract, or moving the payment.
legit-email-after-contract-email-choice-leave = Moving to email is how scams start. I'm ending the contract.

legit-email-after-contract-stay-here = No problem at all, we'll keep everything here on Upwork then.

legit-email-after-contract-email-in = New email from { $client }, sent from a Fernhill Logistics address, with the Upwork contract's title in the subject line.
legit-email-after-contract-email-hello = Subject: Kickoff – accessibility project. Hi! As promised, here's my work address. Attached are our style guide and a test account for our staging site.
legit-email-after-contract-kickoff = Could we do a 30-minute kickoff video call on { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} with our developer and our designer? I'll send a calendar invitation.
legit-email-after-contract-kickoff-choice-accept = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} works. I'll bring a first list of questions.
legit-email-after-contract-kickoff-choice-agenda = Happy to. Could you send a short agenda with the invitation?
legit-email-after-contract-kickoff-choice-refuse = I don't do video calls outside Upwork.
legit-email-after-contract-kickoff-choice-refuse-feedback = Meeting your client's team, yourself, on their usual calendar tool after a signed contract is ordinary. Warning signs would be installing remote-control software, handing over an account, or being paid outside the platform.
legit-email-after-contract-agenda-reply = Of course: introductions, the app's main user journeys, and how you'd like to receive feedback. It's in the invitation.
legit-email-after-contract-no-kickoff = No problem, I'll write the introductions up in an email instead and put the team in copy.

legit-email-after-contract-accounts-mail = New email from Fernhill Logistics – Accounts, with { $client } in copy.
legit-email-after-contract-accounts-ask = Hello, I look after supplier records at Fernhill. For our bookkeeping we need your invoice details for this contract: your business name, business address and VAT or tax number, exactly as they appear on your invoices. If you add them in your Upwork tax settings, they will show on Upwork's invoices; a PDF invoice from you works as well. We do not need any ID documents.
legit-email-after-contract-verify-choice-reply = Sure. Here are my business name, address and VAT number, as on my invoices.
legit-email-after-contract-verify-choice-confirm = Happy to. I'll just quickly confirm with { $client } that this is your accounts team.
legit-email-after-contract-verify-choice-confirm-feedback = A good reflex with a new sender: check through a channel you already trust. Here the answer is yes, and the request was ordinary invoice data for a signed contract.
legit-email-after-contract-verify-choice-refuse = I don't send my tax number to anyone by email.
legit-email-after-contract-verify-choice-refuse-feedback = Your own business details on an invoice for a signed contract are normal bookkeeping. The warning sign is being asked for passport scans or personal documents, especially before any contract.
legit-email-after-contract-confirmed = Yes, that's our accounts team. Thanks for checking, good practice!
legit-email-after-contract-accounts-fine = No problem. If you add the details in your Upwork tax settings, we will take them from Upwork's invoices.

legit-email-after-contract-client-asks = One small admin thing: our accountant needs your invoice details for our books: your business name, address and VAT or tax number, the same as on your invoices. If you've entered them in your Upwork tax settings, they already show on Upwork's invoices. No ID documents needed, just invoice data.
legit-email-after-contract-invoice-choice-send = Sure, here they are, as on my invoices.
legit-email-after-contract-invoice-choice-upwork = I'll add them in my Upwork tax settings so they appear on Upwork's invoices.
legit-email-after-contract-invoice-choice-upwork-feedback = A tidy solution: the data goes where invoices are made anyway. Sending it by email would also have been fine for a signed contract.
legit-email-after-contract-invoice-choice-refuse = I don't give out my tax number.
legit-email-after-contract-invoice-choice-refuse-feedback = Your business name and tax number belong on your invoices; a client needs them for a signed contract. The warning sign is a request for passport scans or personal documents “to set things up”.
legit-email-after-contract-client-fine = Understood. Our accountant may follow up through Upwork later, but that doesn't hold up the work.

legit-email-after-contract-paid = Two weeks later: “Milestone 1 approved. Payment released” on Upwork.
legit-email-after-contract-thanks = The audit report is excellent, thank you! The team is already working through your list.

legit-email-after-contract-next-milestone = Milestone 2 is already funded on Upwork, so you can start on the fixes whenever you're ready.

legit-email-after-contract-hired = You got the job and the first payment. The LinkedIn message led onto Upwork, the contract came first, the move to email was offered only after it, and the only data asked of you was what belongs on an invoice.
legit-email-after-contract-missed-early = You passed on an honest client. Caution with strangers is sensible; here, though, the client was steering you onto the platform, which is the safe direction. Next time, look up the job post before you decide.
legit-email-after-contract-missed = You ended a real contract. Being careful is good; here the contract was signed on Upwork and payments stayed there, so moving everyday talk to email was safe. Next time, check where the money goes before you leave.
