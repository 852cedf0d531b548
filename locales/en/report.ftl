# Where to report. Only channels from the project's sourced list; never invent a number,
# an address or a link.

report-heading = Where to report
report-where =
    • On the platform: use Upwork's, Freelancer's or LinkedIn's own “report” button on the message or profile, and keep payments on the platform.
    • In the USA: the FBI's Internet Crime Complaint Center (ic3.gov) and the FTC (ReportFraud.ftc.gov); for cross-border cases, econsumer.gov.
    • In the UK: Action Fraud, and your bank; Cifas for money-mule cases.
    • Elsewhere: your platform, and your national police or cybercrime unit.
    Keep the chat history: it helps the platform and the police.
