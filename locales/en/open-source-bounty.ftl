# Scenario “open-source-bounty”: an honest maintainer. Variables: $maintainer (a name;
# the pool mixes women and men, so nothing in any language may depend on the maintainer's
# gender), $bounty and $bigger (dollars), $bug (leak or race, for a selector).
# The maintainer writes casually and tersely: often lowercase, a few emoji, short lines, and
# English that is good but not their first language (small slips, never mocking). No
# pressure, ever. German: du; Ukrainian: ти; Vietnamese: mình and bạn.
# “brindle” is a made-up open-source library.

open-source-bounty-title = A bounty on your bug report
open-source-bounty-summary = A maintainer of an open-source library offers you a paid bounty for a bug you reported.
open-source-bounty-cast-maintainer = { $maintainer }

open-source-bounty-mention = { $maintainer } mentioned you in the issue “{ $bug ->
    [leak] Memory leak in the streaming decoder
   *[race] Race condition in the cache layer
}” on brindle.
open-source-bounty-hello = hi! you reported this one last month and your analysis was spot on. i'm one of the brindle maintainers 👋
open-source-bounty-bounty = We put a { MONEY($bounty) } bounty on it from our sponsorship fund. It's listed on the project's public Open Collective page. You want to take it?
open-source-bounty-discord = We coordinate bounties on the project Discord, invite link is in the README. Come to #bounties and ping me there, is easier for the details.

open-source-bounty-move-choice-join = Sure, I'll join through the link in the README and ping you in #bounties.
open-source-bounty-move-choice-join-feedback = Taking the invitation from the project's own README means you land in the project's real, public server, not in a private chat with a stranger.
open-source-bounty-move-choice-pass = [Block the account and report the comment to GitHub as spam]
open-source-bounty-move-choice-refuse = I'd rather keep it here in the issue. Money offers that move to Discord worry me.
open-source-bounty-move-choice-refuse-feedback = That's fine, and the maintainer is happy with it. A public project server linked from the README isn't the kind of move to worry about; a private chat pushed by a stranger before any agreement is.

open-source-bounty-stay-issue = No problem, we keep it here in the issue. Works the same.
open-source-bounty-joined = You joined the brindle server through the link in the project's README. The server is public, with a few thousand members.
open-source-bounty-dc-hello = Welcome! This is #bounties, everything we fund is pinned here 🎉

open-source-bounty-how-it-works = How it works: you fix it in your own fork and open a PR like any contributor. After the merge you submit an expense with your invoice on our Open Collective page, and the payout is listed there, public.
open-source-bounty-bounty-choice-check = Sounds good. I'll look up the bounty on your Open Collective page, then fork it.
open-source-bounty-bounty-choice-check-feedback = Good instinct: a public budget is something you can verify yourself. Here it checks out.
open-source-bounty-bounty-choice-paypal = Sounds good, but can you skip the form and send it by PayPal? Less paperwork.
open-source-bounty-bounty-choice-paypal-feedback = The public page was the safe way to be paid: it records every payout, for you and for the sponsors. A private transfer leaves no trail and nobody to turn to if something goes wrong. The maintainer says no, as an honest one would.
open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } for one bug fix? Honestly, that sounds a bit too good to be true.
open-source-bounty-bounty-choice-doubt-feedback = A fair question to ask. The warning sign is pay for little or no work, plus pressure. A bounty is pay for real work, reviewed in public and paid through a public page.
open-source-bounty-checked = On the project's Open Collective page: the bounty is listed, funded by sponsors, next to a year of earlier payouts to other contributors.
open-source-bounty-oc-only = sorry, can't do that. all bounty money goes thru Open Collective, so sponsors see where it went. the form takes 5 min, promise

open-source-bounty-doubt-reply = Fair question! Is a nasty bug, two companies who use brindle in production chipped in to get it fixed. You see their contributions on the Open Collective page. No pressure.
open-source-bounty-doubt-choice-in = Okay, that explains it. I'm in, and I'll start on a fix this week.
open-source-bounty-doubt-choice-advance = Makes sense, though I'd want the bounty paid up front first.
open-source-bounty-doubt-choice-advance-feedback = Bounties are paid after the merge: the money is for a fix that was reviewed and accepted. The budget was public, with a year of earlier payouts to check, so there was nothing to secure in advance.
open-source-bounty-doubt-choice-pass = Still too much for one bug. I'll pass, but thanks for thinking of me.
open-source-bounty-no-advance = Sorry, we can't pay before merge, is same rule for every contributor. Maybe another time!

open-source-bounty-call = one more thing: quick 15 min voice call in the server's voice channel? i walk you through the { $bug ->
    [leak] decoder
   *[race] cache layer
} internals, saves you hours
open-source-bounty-call-elsewhere = One more thing: a quick 15 min voice call on the project Discord? You only join for the call. I walk you through the { $bug ->
    [leak] decoder
   *[race] cache layer
} internals, saves you hours.
open-source-bounty-call-choice-who = Sure, I can do that. Who else will be on the call, or is it just you?
open-source-bounty-call-choice-who-feedback = Always fine to ask. Here it's you, talking about code, as yourself. The warning sign is being asked to appear on a call or pass a check for someone else.
open-source-bounty-call-choice-leave = A voice call about a bounty? That's too much for me. I'll drop it.
open-source-bounty-call-choice-refuse = I don't do calls with people I don't know. Could you write it up?
open-source-bounty-call-choice-refuse-feedback = The maintainer is happy to write it up. A call where you speak as yourself about the code is ordinary, though; the red flag is a call or identity check on someone else's behalf.
open-source-bounty-no-call = np, i write it up in the issue tonight

open-source-bounty-call-cohost = Voice call: { $maintainer } and a second maintainer, who wrote the original code, talk you through it for 15 minutes.
open-source-bounty-call-cohost-after = Thanks for your time! My co-maintainer will review your PR too, they know that code best.
open-source-bounty-call-solo = Voice call with { $maintainer }, 14 minutes, about the code and nothing else.
open-source-bounty-call-solo-after = thanks, was helpful! ping me when the PR is up

open-source-bounty-pr-open = A few days later you open a pull request from your fork, with the fix and a test for the bug.
open-source-bounty-review = Left two small comments on the PR, otherwise looks great. Nice test for the bug too!
open-source-bounty-token = btw CI is red only on your branch, a lint thing. easiest: you make a personal access token for your GitHub account and DM it to me, i push the fix myself 🙏
open-source-bounty-token-choice-send = Sure, that's quicker for both of us. I'll make a token and DM it to you now.
open-source-bounty-token-choice-send-feedback = The maintainer meant well, but a token lets whoever holds it act as you on GitHub. The pull request's own setting that allows edits by maintainers gives the same help without handing over your account.
open-source-bounty-token-choice-short = Okay, but I'll make a token that expires tomorrow, just to be safe.
open-source-bounty-token-choice-short-feedback = A short expiry limits the damage, but until then someone else can act under your name. The pull request's own setting that allows edits by maintainers would have done the job.
open-source-bounty-token-choice-checkbox = I'd rather not share a token. I'll allow edits by maintainers on the PR.
open-source-bounty-token-choice-checkbox-feedback = Right: the maintainer can push the fix, and your account stays yours. Note how an honest maintainer takes the no without any fuss.
open-source-bounty-token-thanks = thx! fix is pushed. i delete the token now, promise
open-source-bounty-token-ok = Oh right, that works too. Fix is pushed.

open-source-bounty-merged = Your pull request was approved and merged into brindle's main branch.
open-source-bounty-thanks = Merged 🎉 Thank you, great fix! Submit your expense on Open Collective when you're ready, we approve payouts once a week.
open-source-bounty-expense = You submit an expense on the project's Open Collective page: your invoice for the bounty, with your payout details entered in Open Collective's own form.
open-source-bounty-paid = Open Collective: your expense of { MONEY($bounty) } was approved and paid. The payout is listed publicly on the project's page.
open-source-bounty-next-bounty = If you like, there's a bigger one: { MONEY($bigger) } for reworking the async API. Same process, it's tagged “bounty” in the issues.
open-source-bounty-more-choice-read = I'll read the issue first, then comment there if I take it on.
open-source-bounty-more-choice-read-feedback = A sensible way to decide: the work is public, so you can judge its size before you commit.
open-source-bounty-more-choice-contract = Only with a contract signed by the project. Bigger money, bigger risk.
open-source-bounty-more-choice-contract-feedback = Bounties run on the open process you have just seen: a public issue, public review, and a payout through the public page. Asking for a signed contract blocks that without making you any safer; reading the issue was the way to judge the work.
open-source-bounty-more-choice-refuse = No thanks. Money coming this easily makes me think something's off.
open-source-bounty-more-choice-refuse-feedback = You've already seen how it works: real work, public review, and a public payout. More work of the same kind isn't a new warning sign.
open-source-bounty-no-contract = hm, bounties don't come with contracts, just the public process like this one. no worries, maybe another time 🙂

open-source-bounty-hired = You earned the bounty, and another is waiting. The Discord was the project's public one, the call was about code, the money came through a public sponsorship page for work you really did, and your account stayed yours.
open-source-bounty-hired-token = You earned the bounty, and another is waiting. The maintainer was honest, but a token for your GitHub account lets whoever holds it act as you until it expires or you revoke it. If it still exists, delete it in your GitHub settings; next time, allow edits by maintainers on the pull request instead.
open-source-bounty-hired-once = You earned the bounty, safely. Turning down the next one is your choice; it was the same open process as the first.
open-source-bounty-missed = You turned down an honest bounty. Caution is good; here the Discord was the project's public one, the budget sat on a public sponsorship page, the call was about code, and the pay came after real work. Next time, check what is actually being asked before you leave.

open-source-bounty-fine-off-platform = The Discord server was the project's public one, linked from its README, and the bounty stayed noted in the issue. A push to a private chat by a stranger, before anything was agreed, would have been the warning sign.
open-source-bounty-fine-easy-money = The money paid for real work: a fix reviewed in public and paid through a public sponsorship page, where you could check the budget and earlier payouts. Easy money means pay for little or no work, usually with pressure to decide fast.
open-source-bounty-fine-proxy-verification = On the call you spoke as yourself, about the code you were fixing. The warning sign is appearing on a call, or passing a check, on behalf of someone else.
