# Scenario “hiring-payment-redirect”: the player's small company continues with a developer
# found on Upwork. Variables: $dev (the developer), $colleague (the player's lead developer),
# $payout (usdt or uncle: how the developer first wants to be paid), $friend1 and $friend2
# (GitHub handles of two “friends”), $invoice (dollars), $demand (dollars).
# The developer writes friendly, quick messages with small slips. The colleague is brief and
# factual.

hiring-payment-redirect-title = Pay my uncle
hiring-payment-redirect-summary = A developer you found on Upwork does good work, and your small company wants to keep them on. Then the payment details start to change.
hiring-payment-redirect-cast-dev = { $dev }
hiring-payment-redirect-cast-colleague = { $colleague }

hiring-payment-redirect-context = You found { $dev } on Upwork three months ago. The work is good, and your company is about to continue with a direct contract, paid by monthly invoice.
hiring-payment-redirect-hi = Hi! Got the contract draft, looks great 👍 will sign today
hiring-payment-redirect-pay-ask = { $payout ->
    [usdt] one small thing: for the invoices, could you pay me in USDT instead of bank transfer? its faster and no fees for both of us 😅
   *[uncle] one small thing: for the invoices, could you pay into my uncle's account abroad? my US bank has a problem right now, its only temporary 😅
}

hiring-payment-redirect-pay-choice-own-name = We pay by bank transfer into an account in your own name, like everyone else.
hiring-payment-redirect-pay-choice-why = { $payout ->
    [usdt] Why crypto? Your profile says you live in Austin, and we pay everyone by bank transfer in their own name.
   *[uncle] Why would your pay go to your uncle abroad? Your profile says you live in Austin.
}
hiring-payment-redirect-pay-choice-why-feedback = Good question. Pay that goes into crypto or into someone else's account abroad is how the money leaves; the US advisory on North Korean IT workers names exactly this.
hiring-payment-redirect-pay-choice-ok = Sure, put the details on your first invoice.

hiring-payment-redirect-pay-reply = ok ok no problem 👍 bank transfer then, ill send the details with the invoice
hiring-payment-redirect-pay-ok = great, thanks!! will put it on the invoice 🙏

hiring-payment-redirect-access-ask = btw could I get access to the other repos too? the mobile app and the admin tools. want to help more 💪
hiring-payment-redirect-referral = Also good news for you 😄 two friends of mine are great devs and free right now: @{ $friend1 } and @{ $friend2 } on GitHub. Same rate as me, I vouch for them 💯
hiring-payment-redirect-github-check = You open both GitHub profiles. Each account was created five weeks ago, yet shows commits every single day back to 2019, all in a few small repositories.

hiring-payment-redirect-referral-choice-vet = Thanks! They're welcome to apply. They'll go through our normal process, with a live video interview and references.
hiring-payment-redirect-referral-choice-vet-feedback = Right: referred candidates get the same checks as anyone. Brand-new accounts with years of back-dated history are a known sign of a group placing several workers.
hiring-payment-redirect-referral-choice-ask = Odd: both accounts are five weeks old but show commits from 2019. How does that work?
hiring-payment-redirect-referral-choice-hire = If you vouch for them, that's good enough. Send them over; they can start next week.

hiring-payment-redirect-vet-reply = sure sure, ill tell them 👍
hiring-payment-redirect-referral-reply = they moved from another site and imported the history 🙂 totally normal

hiring-payment-redirect-mismatch = Subject: Contract for { $dev }. Hi! While preparing the contract I compared the profiles. Upwork says Austin, Texas; LinkedIn says Toronto. And the CV lists a different university, and a different employer for 2019 to 2022, than LinkedIn does. Do you want to ask about it before we sign?
hiring-payment-redirect-mismatch-choice-video = Yes. Let's have a live video call with { $dev }, cameras on, and go through the differences before anything is signed.
hiring-payment-redirect-mismatch-choice-video-feedback = Right. Differences across profiles are worth a live conversation; a real person can usually explain them in a minute.
hiring-payment-redirect-mismatch-choice-ask = Please ask { $dev } in writing to explain the differences.
hiring-payment-redirect-mismatch-choice-ignore = Nobody keeps LinkedIn up to date. Let's not hold things up.

hiring-payment-redirect-ignore-reply = Okay, your call. I'll send the contract out today.
hiring-payment-redirect-dev-explain = Subject: RE: questions. Hi! sorry for the confusion, LinkedIn is old, I moved a lot 😅 If you want a video call: my camera is not so good right now, can we do it in chat?

hiring-payment-redirect-invoice-1 = Subject: Invoice #1. Hi! Invoice attached, { MONEY($invoice) }. Please note the NEW bank details: my old bank closed my account for no reason 🙄 the new one is with a bank abroad, in my cousin's name, but its fine, he sends me the money.
hiring-payment-redirect-invoice-file = Attachment: invoice_1.pdf. { MONEY($invoice) }, payable to an account abroad in another person's name.
hiring-payment-redirect-two-days = Two days later, another email from { $dev }.
hiring-payment-redirect-invoice-2 = Subject: RE: Invoice #1. Sorry!! please use this account instead, the other one has a problem. its urgent, my rent is due 🙏

hiring-payment-redirect-invoice-choice-verify = We only pay into an account in your own name. Send details for one, and we'll confirm them with you on a live video call before we pay.
hiring-payment-redirect-invoice-choice-verify-feedback = Exactly. Details that change again and again, in other people's names and abroad, are a warning sign on their own. Confirming on a channel you trust stops most payment fraud.
hiring-payment-redirect-invoice-choice-end = Too many changes and too many differences. We're ending the contract and reporting the account to Upwork.
hiring-payment-redirect-invoice-choice-pay = Okay, paid to the latest account.

hiring-payment-redirect-verify-reply = why so complicated 😩 ok ok, ill try to open an account, give me some days
hiring-payment-redirect-paid-event = Transfer sent: { MONEY($invoice) } to the account abroad.
hiring-payment-redirect-code-alert = Subject: Urgent. Our GitHub audit log shows that { $dev } cloned all our private repositories last night. Our app's code now sits in a personal GitHub account under their name.
hiring-payment-redirect-extortion = I see you ask many questions. If you end my contract, I publish your code. Pay { MONEY($demand) } in USDT and I delete everything. You have 48 hours.
hiring-payment-redirect-silent = { $dev } stops answering. The personal account with your code is still online.

hiring-payment-redirect-after-choice-report = We cut all access now, keep the logs, pay nothing, and report it to Upwork and to the FBI's IC3 (ic3.gov).
hiring-payment-redirect-after-choice-report-feedback = Right: access first, and no money to anyone who threatens you; paying rarely ends a demand. The logs, the invoices and the emails are what Upwork and investigators need.
hiring-payment-redirect-after-choice-end = We cut all access today and end the contract.
hiring-payment-redirect-after-choice-quiet = Let's keep this quiet and not provoke anyone. Maybe it goes away.

hiring-payment-redirect-later = Two weeks later, { $dev } still has access to your systems, and an email arrives: pay, or your code goes public.
hiring-payment-redirect-friends-too = The two “friends” you took on sign in from the same IP address as { $dev }.
hiring-payment-redirect-money-gone = Your bank says the payments that went abroad are unlikely to be recovered.
hiring-payment-redirect-compromised = You worked with someone who was not who the profiles said, and your code is in their hands. The US advisory on North Korean IT workers lists pay in crypto or to accounts abroad, and details that keep changing, as warning signs; the FBI warns of code theft and extortion after hiring; the UN links the income to weapons programmes. This happens to careful companies too. What matters now: cut all access, change passwords and keys, keep every email and invoice, don't pay the demand, tell your bank, and report to Upwork and the FBI's IC3 (ic3.gov).

hiring-payment-redirect-reported-early = You stopped before the money left. Payment to other people's accounts abroad, details that changed twice, profiles that disagree: together they were enough, and Upwork now knows.
hiring-payment-redirect-walked-away = You cut the access and ended the contract without paying anyone off. Keep the logs and the emails: if the code appears anywhere, they are your evidence.
hiring-payment-redirect-reported = You cut the access, paid no demand and reported it. Upwork can stop this identity from being used again, and your records add to what the FBI knows about these schemes.
