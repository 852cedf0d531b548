# “Already involved? What to do now”: for a player who has already installed a remote tool,
# shared an account, sent documents or passed money on. Practical, calm, never blaming.

involved-title = Already involved? What to do now
involved-intro = If you have already installed a remote tool, shared your account, sent documents or passed money on: you were deceived by people who do this for a living. Being tricked does not make you a criminal. Acting now protects you, and the sooner the better.
involved-steps =
    1. Remote tools: disconnect from the internet, uninstall AnyDesk, Chrome Remote Desktop, TeamViewer or whatever you were asked to install, and look for other programs you do not recognise.
    2. Passwords: from a device only you control, change the passwords of the platform account, your email and your bank, and turn on two-factor login everywhere.
    3. The platform: tell its support what happened, in your own words, and that someone else used your account. Do not wait for them to find out.
    4. Your bank: if money passed through your accounts, stop forwarding anything and call your bank at once. If you sent ID documents, tell the bank and watch for accounts opened in your name.
    5. Keep everything: the chat history, usernames, phone numbers, payment records and files. Do not delete the chat, even if you were told to; it is your evidence.
    6. Report it to the police or your country's cybercrime unit (see below). Say that you were recruited and deceived.
involved-plain-hint = Already involved? Type “redflag involved” for what to do now.
