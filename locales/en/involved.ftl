# “Already involved? What to do now”: for a player who has already installed a remote tool,
# shared an account, sent documents or passed money on. Practical, calm, never blaming.

involved-title = Already involved? What to do now
involved-intro = If you have already installed a remote tool, shared your account, sent documents or passed money on: you were deceived by people who do this for a living. Having been deceived counts in your favour, and coming forward early is what sets a deceived person apart from an accomplice. Acting now protects you, and the sooner the better. If a lot of money went through your accounts, talk to a lawyer or a victim-support service first, then report.
involved-steps =
    1. Remote tools: before you remove anything, write down or screenshot the tool's ID and its list of connections (AnyDesk and TeamViewer keep a record of who connected, and uninstalling can delete it). Then disconnect from the internet and uninstall AnyDesk, TeamViewer or whatever you were asked to install. For Chrome Remote Desktop, remove this computer from the remote-access list of your Google account. Look for other programs you do not recognise.
    2. If you ran their code, file or command: treat the computer as compromised. From another, clean device, change your passwords; move any crypto to a new wallet made on a clean device; then get help to reinstall the system.
    3. Passwords: from a device only you control, change the passwords of the platform account, your email and your bank, and turn on two-factor login everywhere.
    4. An account they already used: check and restore its payout method, recovery email and phone and two-factor device; sign out every session; remove connected apps and tokens; refuse any further payments. Offers to “recover your account” for a fee are the next scam.
    5. The platform: tell its support what happened, in your own words, and that someone else used your account. Do not wait for them to find out.
    6. Money: stop forwarding anything and call your bank at once. Crypto in a wallet you hold yourself: do not move it and do not send it back yourself (that can itself count as laundering); tell the police, and the exchange if it sits on one. If you sent ID documents, tell your bank and watch for accounts opened in your name.
    7. Keep everything: the chat history, usernames, phone numbers, payment records and files. Do not delete the chat, even if you were told to; it is your evidence.
    8. Block them, then report it to the police or your country's cybercrime unit (see below). Say that you were recruited and deceived.
involved-plain-hint = Already involved? Type “redflag involved” for what to do now.
