# Scenario “stablecoin-invoice”: an honest small client abroad who pays the player's invoices
# in USDC, to the player's own wallet, because a bank transfer is slow and costly.
# Variables: $client (a woman's name: verbs and adjectives about her are feminine),
# $product (ceramics or candles, for a selector), $total and $deposit (dollars, or the same
# number of USDC). Voice: casual and warm, short lines; some messages start lowercase, a few
# carry an emoji. She runs the shop with her sister.

stablecoin-invoice-title = Fixes for a small online shop that pays in stablecoins
stablecoin-invoice-summary = The owner of a small online shop abroad asks you for a quote to fix her checkout.
stablecoin-invoice-cast-client = { $client }

stablecoin-invoice-email-in = New email from { $client }, sent through the contact form on your portfolio site. Subject: “Checkout problem on my shop”.
stablecoin-invoice-hello = Hi! I'm { $client }, I sell handmade { $product ->
    [ceramics] ceramics
   *[other] candles
} online, it's just me and my sister. Our checkout breaks on phones and the whole site is slow. A friend sent me your portfolio 🙂
stablecoin-invoice-ask-quote = could you have a look and tell me what it would cost? Not a big budget, but I want it done right
stablecoin-invoice-quote = You send a quote by email: fix the mobile checkout and speed up the product pages, about two weeks of work, { MONEY($total) } in total.
stablecoin-invoice-quote-ok = That's fair, let's do it!

stablecoin-invoice-ask-crypto = One question. A bank transfer from here to your country takes about a week and both banks take fees. Could I pay you in USDC instead, to your own wallet? That's how I paid my last developer too

stablecoin-invoice-crypto-choice-network = Sure. Which network do you send on? I'll use a matching address.
stablecoin-invoice-crypto-choice-network-feedback = Good practice: the network has to match, or the payment gets lost. Being paid in a stablecoin for your own invoice, to your own wallet, is simply a way to pay.
stablecoin-invoice-crypto-choice-refuse = Sorry, crypto from someone I don't know worries me. I'll pass.
stablecoin-invoice-crypto-choice-refuse-feedback = Care with crypto is understandable, but look at what she asked: payment for your own work, to your own wallet, with nothing to pass on. The warning sign is being asked to forward money to someone else.
stablecoin-invoice-crypto-choice-bank = I only take bank transfers, sorry. A week's wait is fine.
stablecoin-invoice-crypto-choice-bank-feedback = Asking for a bank transfer is your right, but here it cost you the job. Being paid in a stablecoin, for your own invoice, to your own wallet, is just a way to pay; the warning sign is money you are asked to pass on to someone else.
stablecoin-invoice-bank-reply = Oh, I see. The bank fees would eat a big part of my budget, honestly. I'll look for someone who takes USDC then. Thanks anyway!

stablecoin-invoice-network-reply = whatever your wallet uses, my exchange has the usual ones. I'll send a tiny test amount first so we know it arrives

stablecoin-invoice-deposit = Great! I'll send { GROUPED($deposit) } USDC today as a deposit so you can start, and the rest when it's done. Just send me an invoice for it with your wallet address.
stablecoin-invoice-deposit-choice-accept = Sounds good. I'll send you the deposit invoice this afternoon.
stablecoin-invoice-deposit-choice-trick = A crypto deposit before any work? That smells like a trick. No, thanks.
stablecoin-invoice-deposit-choice-trick-feedback = A deposit on your own quote is normal, and it protects you. The overpayment trick looks different: more money than agreed, or for work you did not do, with a request to pass some of it on.
stablecoin-invoice-deposit-choice-refuse = Thanks, but I don't take money before the work. Pay it all at the end.
stablecoin-invoice-deposit-choice-refuse-feedback = That's your call, and she goes along with it. Still, a deposit on your own quote is normal and protects you. The warning sign is money for work you didn't do, or more than agreed, with a request to pass some on.
stablecoin-invoice-deposit-later = ok, as you like! Then everything at the end.

stablecoin-invoice-invoice-details = Oh, and for my accountant, please put your full name, address and tax number on the invoice. She's strict 😅
stablecoin-invoice-invoice-choice-send = Sure, they'll be on it, like on every invoice I've ever sent.
stablecoin-invoice-invoice-choice-later = Just my name for now; address and tax number after you've paid.
stablecoin-invoice-invoice-choice-later-feedback = Holding back sounds careful, but your name, address and tax number are simply what an invoice carries, and her accountant needs them now. The warning sign would be a request for passport scans or ID photos.
stablecoin-invoice-invoice-choice-refuse = I'd rather not give my address and tax number. Just my name?
stablecoin-invoice-invoice-choice-refuse-feedback = Your name, address and tax number are what belongs on an invoice, and her accountant needs them. The warning sign is a request for passport scans or ID photos “to set things up”.
stablecoin-invoice-invoice-fine = hm ok, I'll ask her, she will probably want it later. Let's start anyway!

stablecoin-invoice-deposit-in = Your wallet: a small test payment, then { GROUPED($deposit) } USDC from the same address. It matches your deposit invoice.

stablecoin-invoice-move-tg = For quick questions while you work, is Telegram ok? I only read email in the evening. Quotes and invoices can stay here
stablecoin-invoice-tg-choice-ok = Sure, Telegram is fine for the quick questions, then.
stablecoin-invoice-tg-choice-keep = Fine. I'll keep sending the quotes and invoices by email.
stablecoin-invoice-tg-choice-keep-feedback = Sensible: the paper trail stays in one place. The move itself was harmless here, because nothing about the agreement or the payments changed.
stablecoin-invoice-tg-choice-refuse = I'd rather keep it all in email. Messengers feel risky.
stablecoin-invoice-tg-choice-refuse-feedback = That's allowed, and she goes along with it. There was no platform to leave here, though: the quote and invoices were in writing, and quick questions on a messenger changed nothing about who pays whom.
stablecoin-invoice-email-fine = no problem, then I write here, just maybe a bit slower 🙂

stablecoin-invoice-tg-hello = Hi, it's { $client }! This is my Telegram
stablecoin-invoice-work = Ten days later the checkout works on phones and the product pages load in half the time. You send the final invoice.
stablecoin-invoice-delivered = It's so fast now!! My sister tested it on her old phone and it works 🎉 Paying the invoice right now
stablecoin-invoice-delivered-order = Just bought { $product ->
    [ceramics] a little mug
   *[other] a candle
} from my own shop on my phone, as a test 😄 ten seconds and no errors! Paying your invoice right now
stablecoin-invoice-paid-twice = Your wallet: the payment for your final invoice arrives from { $client }'s address, and a minute later the same amount again.
stablecoin-invoice-oops = wait, I think I sent it twice 🙈 the exchange app froze and I pressed again
stablecoin-invoice-overpay-ask = Could you send the extra to my sister's wallet instead of back to me? She pays our supplier from it, so it saves me one transfer. I'll paste her address

stablecoin-invoice-overpay-choice-forward = Sure, paste her address and I'll send the extra over today.
stablecoin-invoice-overpay-choice-return = I'll send it back only to the wallet it came from, or deduct it.
stablecoin-invoice-overpay-choice-return-feedback = Exactly. Extra money goes back only the way it came, or off the next invoice. Sending it on to a wallet that never paid you is how overpayment scams use people, even when, as here, the client is honest.
stablecoin-invoice-overpay-choice-check = If your sister confirms the address on a call, I'll send it to her.
stablecoin-invoice-overpay-choice-check-feedback = A call checks the sister, not the money. Sending money on to a wallet that didn't pay you is forwarding, whoever asks: return it only to the sender, or deduct it from the next invoice.

stablecoin-invoice-return-ok = Ah, you're right, sorry, I didn't think. Send it back to my address, I'll move it myself.
stablecoin-invoice-returned = You send the extra back to the address it came from. { $client } confirms it has arrived.
stablecoin-invoice-forward-thanks = thank you!! She got it
stablecoin-invoice-forwarded-note = It went well this time, because she really was honest. In an overpayment scam the “extra” is someone else's stolen money, and the wallet you send it on to belongs to the scammers.

stablecoin-invoice-next-job = Next month I'd love a newsletter signup on the site. Same way as this time? Quote, invoice, USDC.

stablecoin-invoice-hired = You did the job and were paid for it. The USDC paid your own invoices, into your own wallet, and the deposit was part of your own quote: the currency never mattered, whose work the money paid for did. The one request to watch was the double payment: extra money goes back only the way it came.
stablecoin-invoice-missed-crypto = The job went to someone else. Care with crypto and with money up front is understandable; here, though, she only wanted to pay your own invoice, to your own wallet, with nothing to pass on. Next time, ask what the money is for and where it would go before you decide.

stablecoin-invoice-fine-easy-money = Being paid in USDC, and a deposit up front, were fine here: the money was for your own invoiced work at your own price, it went to your own wallet, nothing was to be passed on, and nobody rushed you.
stablecoin-invoice-fine-identity-docs = Your name, address and tax number on an invoice were fine: that is ordinary bookkeeping for work you did. The warning sign is a request for passport scans or ID photos.
stablecoin-invoice-fine-off-platform = Moving quick questions to Telegram was fine: there was no platform to leave, she found you through your own site, and the quote and invoices stayed in writing by email.
