# Сценарій «teamviewer-policy»: «менеджер проєкту» відповідає на вашу ставку на Freelancer,
# переходить у WhatsApp і каже, що TeamViewer «вимагає політика безпеки платформи».
# Змінні: $pm (ім'я; лише чоловічі), $rate і $night (долари), $project (shop або dashboard,
# для селектора). Менеджер пише енергійно, впевнено, трохи командним тоном, з дрібними
# помилками й емодзі: на Freelancer — на «ви», у WhatsApp — на «ти».
# Гравець відповідає на «ви» і без дієслів минулого часу в першій особі.

teamviewer-policy-title = Політика безпеки
teamviewer-policy-summary = Менеджер проєкту відповідає на вашу ставку на Freelancer і пояснює «правила безпеки» платформи.
teamviewer-policy-cast-pm = { $pm }

teamviewer-policy-bid = Нове повідомлення щодо вашої ставки на проєкт «{ $project ->
    [shop] Виправлення багів в інтернет-магазині
   *[dashboard] Нові функції для аналітичного дашборду
}» (погодинна оплата).
teamviewer-policy-hello = Добрий день! Я { $pm }, менеджер проєкту на цьому замовленні. Ваша ставка найсильніша з усіх, що ми отримали 👏
teamviewer-policy-project = { $project ->
    [shop] Це постійна робота над інтернет-магазином нашого клієнта, баги в оформленні замовлення, невеликі фічі.
   *[dashboard] Це постійна робота над аналітичним дашбордом нашого клієнта, нові графіки й фільтри.
} { MONEY($rate) }/год, приблизно 30 годин на тиждень.
teamviewer-policy-reviews = бачив ваші відгуки, скрізь 5 зірок 😍
teamviewer-policy-move = Наша команда робить щоденні стендапи у WhatsApp, скиньте плз свій номер і я додам вас у групу. там і зробимо онбординг

teamviewer-policy-move-choice-go = Звісно, ось мій номер.
teamviewer-policy-move-choice-stay = Дякую! Поки проєкт не присуджено, давайте краще спілкуватися тут, на Freelancer.
teamviewer-policy-move-choice-award = Із радістю долучуся до командного чату, щойно проєкт присудять мені тут. Можете спершу його присудити?
teamviewer-policy-move-choice-award-feedback = Правильний порядок: спершу присудження проєкту на платформі, потім будь-який командний чат. До того повідомлення на платформі — ваш доказ.

teamviewer-policy-stay-reply = присудження йде після онбордингу, такий процес. whatsapp тільки для команди, там всі. не ускладнюйте 🙂
teamviewer-policy-insist-choice-give-in = Гаразд, ось мій номер.
teamviewer-policy-insist-choice-decline = Тоді я відмовляюся. Успіхів із проєктом.
teamviewer-policy-insist-choice-report = Я відмовляюся, і я скаржуся на це повідомлення у Freelancer.
teamviewer-policy-insist-choice-report-feedback = У Freelancer біля кожного повідомлення є функція скарги. Це забирає хвилину й попереджає платформу.

teamviewer-policy-wa-group = { $pm } додає вас до групи «Dev Team 🚀». Учасники: { $pm } і ви.
teamviewer-policy-wa-hello = Ласкаво просимо в команду 😊 це { $pm }
teamviewer-policy-wa-team = нас 6 девів, тобі сподобається. перш ніж отримаєш задачі, проходимо онбординг з безпеки
teamviewer-policy-wa-policy = для погодинних проєктів політика безпеки Freelancer вимагає TeamViewer. їм це треба, щоб можна було перевіряти роботу. встанови плз і скинь мені свій ID і пароль
teamviewer-policy-wa-file = { $pm } надсилає вам файл: TeamViewer_Setup.exe (61 МБ)
teamviewer-policy-wa-hurry = треба зробити сьогодні, щоб я міг присудити тобі проєкт завтра зранку ⏰
teamviewer-policy-policy-choice-install = Гаразд, встановлюю. За хвилину надішлю вам ID і пароль.
teamviewer-policy-policy-choice-check = Спершу уточню цю політику в підтримці Freelancer.
teamviewer-policy-policy-choice-check-feedback = Саме так. Платформа повідомляє свої правила сама — на власних сторінках довідки або через підтримку. Незнайомець у WhatsApp — це не платформа.
teamviewer-policy-policy-choice-refuse = Жодного віддаленого доступу до мого комп'ютера, ні для кого. У таку політику я не вірю.

teamviewer-policy-fake-doc = не треба, в мене вона є 👇
teamviewer-policy-fake-doc-file = { $pm } надсилає вам файл: Freelancer_Security_Policy_2026.pdf (1 сторінка, без бланка, без посилання на платформу)
teamviewer-policy-fake-doc-2 = бачиш? офіційно. і не пиши про це в підтримку, вони повільні і поставлять твій профіль на перевірку, і тоді ніхто не отримає проєкт 🙄

teamviewer-policy-brush-off = підтримка?? 😂 вони відповідають 2 тижні
teamviewer-policy-brush-off-2 = повір, я роблю це щотижня. і краще не згадуй при них TeamViewer, вони позначають нових фрилансерів, які ставлять забагато питань
teamviewer-policy-after-check-install = Добре, не хочу втратити цю роботу. Встановлюю.
teamviewer-policy-after-check-leave = Справжню політику не треба було б приховувати від підтримки самої платформи. Я виходжу.
teamviewer-policy-after-check-report = Я все-таки надсилаю це в підтримку Freelancer, разом із листуванням.
teamviewer-policy-after-check-report-feedback = Правильно. Коли вам кажуть не питати платформу, саме платформу й треба питати. Збережіть листування: це доказ.

teamviewer-policy-installed = TeamViewer встановлено на вашому ноутбуці. { $pm } підключений.
teamviewer-policy-night = супер ✅ тепер ще одне. наш сеньйор-дев в іншому часовому поясі, він вночі робить деякі задачі через TeamViewer
teamviewer-policy-night-pay = просто лишай ноут увімкненим і на зарядці, не закривай кришку. за це отримуєш { MONEY($night) } зверху щотижня, легкі гроші 💸
teamviewer-policy-night-quiet = і плз не кажи Freelancer про нічну роботу чи про нашого дева, це внутрішнє, їм не треба знати. і чат іноді видаляй 😉
teamviewer-policy-night-choice-agree = Гаразд, лишу увімкненим. Додаткові гроші не завадять.
teamviewer-policy-night-choice-uninstall = Ні. Я видаляю TeamViewer і нічого не приховуватиму від платформи.
teamviewer-policy-night-choice-uninstall-feedback = Правильне рішення, навіть на такому пізньому етапі. Видалення програми закриває доступ; зміна паролів після цього закриває решту.
teamviewer-policy-night-choice-report = Я видаляю TeamViewer і повідомляю про це Freelancer.

teamviewer-policy-pushback = стій стій. онбординг уже пройдено, ми вклали в тебе час
teamviewer-policy-pushback-2 = якщо зараз підеш, я скажу клієнту що ти порушуєш домовленість, і з рейтингом можеш попрощатися. просто лиши увімкненим на 2 тижні і побачиш 🙂
teamviewer-policy-pushback-choice-give-in = Ну добре… два тижні, а там побачимо.
teamviewer-policy-pushback-choice-leave = Жодної домовленості немає. TeamViewer видалено. До побачення.
teamviewer-policy-pushback-choice-report = TeamViewer видалено, і я зараз скаржуся на вас у Freelancer.
teamviewer-policy-pushback-choice-report-feedback = Погрози вашому рейтингу — це тиск, а не контракт. Платформа зможе захистити ваш профіль набагато краще, коли знатиме, що сталося.

teamviewer-policy-night-thanks = супер 👍 перший бонус у наступну п'ятницю. тепер ти частина команди
teamviewer-policy-suspended = Через три тижні: «Ваш обліковий запис Freelancer призупинено на час перевірки підозрілої активності».
teamviewer-policy-sessions = Журнал підключень TeamViewer показує сеанси майже щоночі, приблизно з 1:00 до 6:00.
teamviewer-policy-compromised = Хтось щоночі користувався вашим ноутбуком, вашим інтернет-з'єднанням і вашим іменем. Саме так підставні працівники здаються платформі місцевими; ФБР попереджало саме про такі схеми, а людей, які свідомо тримали для них ноутбуки, як-от Метью Кнута (Matthew Knoot) і Крістіну Чепмен (Christina Chapman), переслідували в суді. Вам казали, що такі правила. Що важливо зараз: видаліть TeamViewer, змініть паролі з іншого пристрою, розкажіть Freelancer, що сталося, і подайте заяву в поліцію.

teamviewer-policy-walked-away-early = Ви тримали розмову на Freelancer до присудження проєкту й вийшли, коли вам у цьому відмовили. Захист платформи лишився з вами.
teamviewer-policy-reported-early = Ви вийшли з розмови й поскаржилися на повідомлення. Тепер Freelancer може перевірити цього «менеджера проєкту» до наступної ставки.
teamviewer-policy-walked-away = Ви відмовили у віддаленому доступі до свого комп'ютера. Жодна політика справжньої платформи не вимагає його віддавати.
teamviewer-policy-reported = Ви відмовилися й повідомили про це платформу — єдине місце, яке знає її справжні правила. Ваш ноутбук лишився вашим.
teamviewer-policy-walked-away-late = Ви видалили TeamViewer і пішли. Для безпеки змініть паролі з іншого пристрою й подумайте про те, щоб розповісти Freelancer, що сталося.
teamviewer-policy-reported-late = Ви видалили TeamViewer і повідомили про це. Змініть також паролі з іншого пристрою: платформа тепер знає, а ваш ноутбук знову ваш.
