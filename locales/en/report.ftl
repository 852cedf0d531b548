# Where to report. Only channels from the project's sourced list; never invent a number,
# an address or a link.

report-heading = Where to report
report-where =
    • On the platform: block the account first, then use Upwork's, Freelancer's or LinkedIn's own “report” button on the message or profile. Never tell them that you are reporting them.
    • USA: the FBI's Internet Crime Complaint Center (ic3.gov) and the FTC (ReportFraud.ftc.gov); for cross-border cases, econsumer.gov.
    • UK: Report Fraud (reportfraud.police.uk or 0300 123 2040) in England, Wales and Northern Ireland; in Scotland, Police Scotland on 101. Tell your bank too.
    • Philippines: the CICC's Inter-Agency Response Center, hotline 1326.
    • Nigeria: the Nigeria Police Force's National Cybercrime Centre (NPF-NCCC), or the EFCC.
    • India: the national cybercrime portal, cybercrime.gov.in; if money has already left your account, call 1930 at once.
    • Elsewhere: your platform, and your national police or cybercrime unit.
    Keep the chat history: it helps the platform and the police.
