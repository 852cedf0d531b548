# Scenario “legit-open-source-bounty”: an honest maintainer. Variables: $maintainer (a name),
# $bounty and $bigger (dollars), $bug (leak or race, for a selector).
# The maintainer writes in a friendly, relaxed open-source tone: clear, a few emoji, no pressure.
# “brindle” is a made-up open-source library.

legit-open-source-bounty-title = A bounty on your bug report
legit-open-source-bounty-summary = A maintainer of an open-source library offers you a paid bounty for a bug you reported.
legit-open-source-bounty-cast-maintainer = { $maintainer }

legit-open-source-bounty-mention = { $maintainer } mentioned you in the issue “{ $bug ->
    [leak] Memory leak in the streaming decoder
   *[race] Race condition in the cache layer
}” on brindle.
legit-open-source-bounty-hello = Hi! You reported this one last month, and your analysis was spot on. I'm one of the brindle maintainers 👋
legit-open-source-bounty-bounty = We've put a { MONEY($bounty) } bounty on it from our sponsorship fund. It's listed on the project's public Open Collective page. Would you like to take it?
legit-open-source-bounty-discord = We coordinate bounties on the project's public Discord; the invite link is in our README. Come to #bounties and ping me there, it's easier for the details.

legit-open-source-bounty-move-choice-join = Sure, I'll join through the link in the README.
legit-open-source-bounty-move-choice-join-feedback = Taking the invitation from the project's own README means you land in the project's real, public server, not in a private chat with a stranger.
legit-open-source-bounty-move-choice-ask = Happy to. Is that the Discord linked from the README?
legit-open-source-bounty-move-choice-refuse = I'd rather keep everything here in the issue.
legit-open-source-bounty-move-choice-refuse-feedback = That's fine, and the maintainer is happy with it. A public project server linked from the README isn't the kind of move to worry about; a private chat pushed by a stranger before any agreement is.
legit-open-source-bounty-move-choice-leave = Money from a stranger on GitHub? Sounds like a scam. I'll ignore it.

legit-open-source-bounty-readme-reply = Yes, that's the one, the same link as in the README. The bounty is also noted right here in the issue.
legit-open-source-bounty-stay-issue = No problem at all, let's keep it here in the issue then. It works the same way.
legit-open-source-bounty-joined = You joined the brindle server through the link in the project's README. The server is public, with a few thousand members.
legit-open-source-bounty-dc-hello = Welcome to the brindle server! 🎉 This is #bounties, everything we fund is pinned here.

legit-open-source-bounty-how-it-works = How it works: you fix it in your own fork and open a pull request like any contributor. Once it's merged, you submit an expense with your invoice on our Open Collective page, and the payout is listed there publicly.
legit-open-source-bounty-no-access = You don't need access to any of our accounts, and we never need access to yours. Just the usual code review 🙂
legit-open-source-bounty-bounty-choice-take = Great, I'm in!
legit-open-source-bounty-bounty-choice-check = Sounds good. I'll look at the bounty on your Open Collective page first.
legit-open-source-bounty-bounty-choice-check-feedback = Good instinct: a public budget is something you can verify yourself. Here it checks out.
legit-open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } for one bug fix? That sounds too good to be true.
legit-open-source-bounty-bounty-choice-doubt-feedback = A fair question to ask. The warning sign is pay for little or no work, plus pressure. A bounty is pay for real work, reviewed in public and paid through a public page.
legit-open-source-bounty-checked = On the project's Open Collective page: the bounty is listed, funded by sponsors, next to a year of earlier payouts to other contributors.

legit-open-source-bounty-doubt-reply = Fair question! It's a nasty bug: two companies that use brindle in production chipped in specifically to get it fixed. You can see their contributions on the Open Collective page. No pressure either way.
legit-open-source-bounty-doubt-choice-in = Okay, that makes sense. I'm in.
legit-open-source-bounty-doubt-choice-pass = Still sounds too good. I'll pass.

legit-open-source-bounty-call = One more thing: could we do a quick 15-minute voice call in the server's voice channel? I'd like to walk you through the { $bug ->
    [leak] decoder's
   *[race] cache layer's
} internals, it'll save you hours.
legit-open-source-bounty-call-elsewhere = One more thing: could we do a quick 15-minute voice call on the project's Discord? You only need to join for the call. I'd like to walk you through the { $bug ->
    [leak] decoder's
   *[race] cache layer's
} internals, it'll save you hours.
legit-open-source-bounty-call-choice-join = Sure, I have time now.
legit-open-source-bounty-call-choice-who = Sure. Who else will be on the call?
legit-open-source-bounty-call-choice-who-feedback = Always fine to ask. Here it's you, talking about code, as yourself. The warning sign is being asked to appear on a call or pass a check for someone else.
legit-open-source-bounty-call-choice-refuse = I'd rather not do calls. Could you write it up instead?
legit-open-source-bounty-call-choice-refuse-feedback = The maintainer is happy to write it up. A call where you speak as yourself about the code is ordinary, though; the red flag is a call or identity check on someone else's behalf.
legit-open-source-bounty-no-call = No worries, I'll write it up in the issue tonight.

legit-open-source-bounty-call-cohost = Voice call: { $maintainer } and a second maintainer, who wrote the original code, talk you through it for 15 minutes.
legit-open-source-bounty-call-cohost-after = Thanks for your time! My co-maintainer will review your PR too, they know that code best.
legit-open-source-bounty-call-solo = Voice call with { $maintainer }, 14 minutes, about the code and nothing else.
legit-open-source-bounty-call-solo-after = Thanks, that was helpful! Ping me when the PR is up.

legit-open-source-bounty-review = A few days later, on your pull request: “Left two small comments, otherwise this looks great. Nice test for the bug, too!”
legit-open-source-bounty-merged = Your pull request was approved and merged into brindle's main branch.
legit-open-source-bounty-thanks = Merged 🎉 Thank you, great fix! Submit your expense on Open Collective whenever you're ready; the team approves payouts once a week.
legit-open-source-bounty-expense = You submit an expense on the project's Open Collective page: your invoice for the bounty, with your payout details entered in Open Collective's own form.
legit-open-source-bounty-paid = Open Collective: your expense of { MONEY($bounty) } was approved and paid. The payout is listed publicly on the project's page.
legit-open-source-bounty-next-bounty = If you're interested, there's a bigger one: { MONEY($bigger) } for reworking the async API. Same process, it's tagged “bounty” in the issues.
legit-open-source-bounty-more-choice-take = Yes, I'd love to take it.
legit-open-source-bounty-more-choice-read = I'll read the issue first and comment there if I take it.
legit-open-source-bounty-more-choice-read-feedback = A sensible way to decide: the work is public, so you can judge its size before you commit.
legit-open-source-bounty-more-choice-refuse = No, this is getting too easy. Something must be wrong.
legit-open-source-bounty-more-choice-refuse-feedback = You've already seen how it works: real work, public review, and a public payout. More work of the same kind isn't a new warning sign.

legit-open-source-bounty-hired = You earned the bounty, and another is waiting. The Discord was the project's public one, the call was about code, and the money came through a public sponsorship page for work you really did.
legit-open-source-bounty-hired-once = You earned the bounty, safely. Turning down the next one is your choice; it was the same honest process as the first.
legit-open-source-bounty-missed-early = You ignored an honest offer. Care with strangers offering money is sensible; here, though, the bounty was public, the server was linked from the project's README, and nobody asked for access or accounts. Next time, check the project's own pages before you decide.
legit-open-source-bounty-missed = You turned down an honest bounty. Checking is good; here the budget was public and the pay was for real work. Next time, look at the project's sponsorship page: it can settle the question.
