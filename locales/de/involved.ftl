# „Schon drin? Was jetzt zu tun ist“: für alle, die schon ein Fernwartungs-Tool installiert,
# ein Konto geteilt, Dokumente geschickt oder Geld weitergeleitet haben. Ruhig, praktisch, ohne Schuldzuweisung.

involved-title = Schon drin? Was jetzt zu tun ist
involved-intro = Wenn du schon ein Fernwartungs-Tool installiert, dein Konto geteilt, Dokumente geschickt oder Geld weitergeleitet hast: Du wurdest von Leuten getäuscht, die das beruflich machen. Getäuscht worden zu sein macht dich nicht zur Täterin oder zum Täter. Jetzt zu handeln schützt dich, und je früher, desto besser.
involved-steps =
    1. Fernwartungs-Tools: Trenne die Internetverbindung, deinstalliere AnyDesk, Chrome Remote Desktop, TeamViewer oder was immer du installieren solltest, und suche nach weiteren Programmen, die du nicht kennst.
    2. Passwörter: Ändere von einem Gerät, das nur du nutzt, die Passwörter für das Plattform-Konto, deine E-Mail und deine Bank, und schalte überall die Zwei-Faktor-Anmeldung ein.
    3. Die Plattform: Erzähl dem Support in deinen eigenen Worten, was passiert ist und dass jemand anderes dein Konto benutzt hat. Warte nicht, bis sie es selbst merken.
    4. Deine Bank: Wenn Geld über deine Konten gelaufen ist, leite nichts mehr weiter und ruf sofort deine Bank an. Wenn du Ausweisdokumente geschickt hast, sag der Bank Bescheid und achte auf Konten, die in deinem Namen eröffnet werden.
    5. Alles aufheben: Chatverlauf, Benutzernamen, Telefonnummern, Zahlungsbelege und Dateien. Lösch den Chat nicht, auch wenn du darum gebeten wurdest; er ist dein Beweis.
    6. Zeig es bei der Polizei oder der Cybercrime-Stelle deines Landes an (siehe unten). Sag, dass du angeworben und getäuscht wurdest.
involved-plain-hint = Schon drin? Gib „redflag involved“ ein, um zu sehen, was jetzt zu tun ist.
