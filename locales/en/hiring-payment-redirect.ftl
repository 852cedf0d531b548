# Scenario “hiring-payment-redirect”: the player's small company continues with a developer
# found on Upwork. Variables: $dev (the developer; a man: he/him), $colleague (the player's lead
# developer; any gender, so no gendered words about them), $payout (usdt or uncle: how the
# developer first wants to be paid), $friend1 and $friend2 (GitHub handles of two “friends”),
# $invoice (dollars), $demand (dollars).
# The developer writes polished, courteous business English in full sentences. The colleague is
# brief and factual.

hiring-payment-redirect-title = Keeping on an Upwork developer
hiring-payment-redirect-summary = A developer you found on Upwork does good work, and your small company is converting his contract through Upwork to a direct one, paid by monthly invoice.
hiring-payment-redirect-cast-dev = { $dev }
hiring-payment-redirect-cast-colleague = { $colleague }

hiring-payment-redirect-context = You found { $dev } on Upwork three months ago. The work is good, and your company has paid Upwork's conversion fee to continue with a direct contract, paid by monthly invoice: the platform's own way to move a relationship off it.
hiring-payment-redirect-hi = Good morning. I received the contract draft, thank you. It looks good, and I will sign it today.
hiring-payment-redirect-pay-ask = { $payout ->
    [usdt] One practical point about the invoices: could you pay me in USDT rather than by bank transfer? It is faster and saves fees on both sides.
   *[uncle] One practical point about the invoices: could you pay into my uncle's account abroad for now? My US bank account has a temporary problem.
}

hiring-payment-redirect-pay-choice-once = { $payout ->
    [usdt] USDT for the first invoice, then, and after that a bank account in your own name.
   *[uncle] Your uncle's account for the first invoice, then, and after that your own account.
}
hiring-payment-redirect-pay-choice-once-feedback = One payment in crypto or to someone else abroad is already money leaving through other hands, and “just the first one” easily becomes the rule. Pay only into an account in the contractor's own name, from the first invoice on.
hiring-payment-redirect-pay-choice-why = { $payout ->
    [usdt] Why crypto? Your profile says Austin, and we pay everyone by bank transfer, in their own name.
   *[uncle] Why your uncle abroad? Your profile says Austin, and we pay you, into an account in your name.
}
hiring-payment-redirect-pay-choice-why-feedback = Good question. Pay that goes into crypto or into someone else's account abroad is how the money leaves; the US advisory on North Korean IT workers names exactly this.
hiring-payment-redirect-pay-choice-ok = { $payout ->
    [usdt] Fine by us, if it saves fees on both sides. Put your wallet address on the invoice.
   *[uncle] Bank trouble happens to anyone. Put your uncle's account details on the invoice.
}

hiring-payment-redirect-pay-reply = Understood. Bank transfer it is; I will send the details with the invoice.
hiring-payment-redirect-pay-ok = Thank you, that helps a great deal. The details will be on the invoice.

hiring-payment-redirect-leave = One more request, if I may: my sister is getting married, and I would like to take the 14th to the 18th off. I will hand over my open tasks beforehand and read email for anything urgent.
hiring-payment-redirect-leave-choice-yes = Congratulations to her! Enjoy it; a handover note is all we need.
hiring-payment-redirect-leave-choice-refuse = In the first month of a new contract, five days off won't work for us, sorry.
hiring-payment-redirect-leave-choice-refuse-feedback = That was stricter than needed. A few days off, asked for in advance with a handover, is normal; the warning sign is someone who is never reachable in the hours they say they work.
hiring-payment-redirect-leave-choice-proof = Fine, but please send us a copy of the wedding invitation for our records.
hiring-payment-redirect-leave-thanks = Thank you, that is very kind. I will send the handover note on the 13th.
hiring-payment-redirect-leave-ok = I understand. I will see what I can arrange with my family.

hiring-payment-redirect-access-ask = Also, could I get access to the other repositories, the mobile app and the admin tools? I would be glad to help more widely.
hiring-payment-redirect-referral = And some good news: two friends of mine are excellent developers and free at the moment, @{ $friend1 } and @{ $friend2 } on GitHub. Same rate as me. I vouch for them personally.
hiring-payment-redirect-github-check = You open both GitHub profiles. Each account was created five weeks ago, yet shows commits every single day back to 2019, all in a few small repositories.

hiring-payment-redirect-referral-choice-vet = Thanks! They're welcome to apply, through our normal process with a live video interview.
hiring-payment-redirect-referral-choice-vet-feedback = Right: referred candidates get the same checks as anyone. Brand-new accounts with years of back-dated history are a known sign of a group placing several workers.
hiring-payment-redirect-referral-choice-trial = Good timing. Since you vouch for them, let's start them both on a paid trial week.
hiring-payment-redirect-referral-choice-trial-feedback = A paid trial week is still a hire: accounts, access and pay, without anyone having been checked. Brand-new GitHub accounts with years of back-dated history are a known sign of a group placing several workers; referred candidates get the same checks as anyone.
hiring-payment-redirect-referral-choice-hire = Your own work speaks for itself, so your word is good enough. Send them over for next week.

hiring-payment-redirect-vet-reply = Of course. I will pass that on to them.

hiring-payment-redirect-mismatch = Subject: Contract for { $dev }. Hi! While preparing the contract I compared the profiles. Upwork says Austin, Texas; LinkedIn says Toronto. And the CV lists a different university, and a different employer for 2019 to 2022, than LinkedIn does. Do you want to ask about it before we sign?
hiring-payment-redirect-mismatch-choice-video = Yes. Let's go through it with { $dev } on a live video call, cameras on.
hiring-payment-redirect-mismatch-choice-video-feedback = Right. Differences across profiles are worth a live conversation; a real person can usually explain them in a minute.
hiring-payment-redirect-mismatch-choice-ask = Yes, please ask { $dev } to explain each difference in writing, for our records.
hiring-payment-redirect-mismatch-choice-ask-feedback = A written explanation is a check he controls: anyone can write a plausible story. Differences across profiles are worth a live conversation, cameras on, where a real person can explain them in a minute.
hiring-payment-redirect-mismatch-choice-ignore = Nobody keeps LinkedIn up to date. His work is good, so let's not hold things up over it.

hiring-payment-redirect-ignore-reply = Okay, your call. I'll send the contract out today.
hiring-payment-redirect-dev-written = Subject: RE: Questions. Apologies for the confusion: my LinkedIn is old, and I have moved several times since. The CV is the current and correct version.
hiring-payment-redirect-dev-explain = Subject: RE: Questions. Apologies for the confusion: LinkedIn is old, and I have moved several times. As for a video call, my camera is unreliable at the moment. Could we go through it in writing?

hiring-payment-redirect-invoice-1 = Subject: Invoice #1. Please find the invoice attached, { MONEY($invoice) }. Note the new bank details: my previous bank closed my account without explanation. The new account is abroad, in my cousin's name, and he forwards the money to me.
hiring-payment-redirect-invoice-file = Attachment: invoice_1.pdf. { MONEY($invoice) }, payable to an account abroad in another person's name.
hiring-payment-redirect-two-days = Two days later, another email from { $dev }.
hiring-payment-redirect-invoice-2 = Subject: RE: Invoice #1. My apologies: please use the account below instead, as the previous one has a problem. I would be grateful if you could pay this week, as my rent is due.

hiring-payment-redirect-invoice-choice-verify = We pay only into an account in your own name, and we confirm any new details on a video call.
hiring-payment-redirect-invoice-choice-verify-feedback = Exactly. Details that change again and again, in other people's names and abroad, are a warning sign on their own. Confirming on a channel you trust stops most payment fraud.
hiring-payment-redirect-invoice-choice-letter = Send us a letter from the bank confirming the new account, and we'll pay this week.
hiring-payment-redirect-invoice-choice-letter-feedback = A letter about an account abroad in someone else's name, sent by the person who wants the money, proves nothing you need. Pay only into an account in the contractor's own name, and confirm new details on a channel you trust.
hiring-payment-redirect-invoice-choice-pay = [Pay the invoice into the latest account: rent can't wait, and the work has been good]

hiring-payment-redirect-verify-reply = Understood, although it makes things more complicated for me. I will try to open an account; please give me a few days.
hiring-payment-redirect-letter-sent = Subject: RE: Invoice #1. As requested, please find attached a letter from the bank confirming the account. I would be grateful for the transfer this week.
hiring-payment-redirect-paid-event = Transfer sent: { MONEY($invoice) } to the account abroad.
hiring-payment-redirect-code-alert = Subject: Urgent. Our GitHub audit log shows that { $dev } cloned all our private repositories last night, including the ones he asked for. Our app's code now sits in a personal GitHub account under his name.
hiring-payment-redirect-extortion = I see that you are asking many questions. If you end my contract, I will publish your code. Pay { MONEY($demand) } in USDT within 48 hours and I will delete everything.
hiring-payment-redirect-silent = { $dev } stops answering. The personal account with your code is still online.

hiring-payment-redirect-after-choice-report = [Cut all access, keep the logs and invoices, and report the account to Upwork]
hiring-payment-redirect-after-choice-report-feedback = Right: access first, quietly, and no money to anyone who threatens you; paying rarely ends a demand. The logs, the invoices and the emails are what Upwork and investigators need.
hiring-payment-redirect-after-choice-deal = Email him: if he deletes every copy and sends proof, we'll keep this between us.
hiring-payment-redirect-after-choice-deal-feedback = A promise, and a “proof” of deletion, are a check he controls, and keeping quiet only protects him; meanwhile he still has access. Cut the access first, keep the logs, pay nothing and report.
hiring-payment-redirect-after-choice-quiet = Let's not provoke him. Leave things as they are for now; it may blow over.

hiring-payment-redirect-later = Two weeks later, { $dev } still has access to your systems, and an email arrives: pay, or your code goes public.
hiring-payment-redirect-friends-too = The two “friends” you took on sign in from the same IP address as { $dev }.
hiring-payment-redirect-money-gone = Your bank says the payments that went abroad are unlikely to be recovered.
hiring-payment-redirect-compromised = You worked with someone who was not who the profiles said, and your code is in their hands. The US advisory on North Korean IT workers lists pay in crypto or to accounts abroad, and details that keep changing, as warning signs; the FBI warns of code theft and extortion after hiring; the UN links the income to weapons programmes. This happens to careful companies too. What matters now: cut all access, change passwords and keys, keep every email and invoice, don't pay the demand, tell your bank, and report the account.

hiring-payment-redirect-reported = You cut the access, paid no demand and reported it. Upwork can stop this identity from being used again.

hiring-payment-redirect-fine-unreachable = A few days off for a family wedding, asked for in advance with a handover, is ordinary. The warning sign is someone who is never there in the hours they say they work, not a planned absence.
