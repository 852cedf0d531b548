# Сценарій «subcontract-anydesk»: пропозиція «субпідряду» на Upwork, яка переходить у Telegram.
# Змінні: $recruiter (ім'я), $handle (нік у Telegram), $rate (доларів на годину),
# $monthly (доларів на місяць). Вербувальник пише швидко й невимушено, на «ти», з дрібними
# помилками. Гравець відповідає ввічливо, на «ви», і без дієслів минулого часу в першій особі
# (щоб не вказувати рід).

subcontract-anydesk-title = Агенція, у якої забагато роботи
subcontract-anydesk-summary = Привітний власник агенції на Upwork пропонує вам стабільну роботу на субпідряді.
subcontract-anydesk-cast-recruiter = { $recruiter }

subcontract-anydesk-hello = Привіт! Побачив твій профіль, дуже круті відгуки 👍 У мене невелика агенція розробки в Остіні, клієнтів зараз більше ніж рук
subcontract-anydesk-hello-invite = Привіт! Я запросив тебе на свою вакансію, але хотів ще й написати напряму 😊 ми невелика агенція розробки в Остіні, клієнтів зараз більше ніж рук
subcontract-anydesk-offer = Не хочеш попрацювати у нас на субпідряді? { MONEY($rate) }/год, стабільна робота, в основному React і трохи API. Чесно, для тебе це легкотня
subcontract-anydesk-move = чат на upwork для нас дуже повільний, може продовжимо в Telegram? мій нік @{ $handle }

subcontract-anydesk-move-choice-stay = Дякую! Але давайте поки спілкуватися тут, на Upwork, доки не буде контракту.
subcontract-anydesk-move-choice-ask = А чому б вам спершу не надіслати мені пропозицію контракту через Upwork?
subcontract-anydesk-move-choice-ask-feedback = Слушне запитання. Справжній клієнт може зробити пропозицію на платформі, а вам попросити про це нічого не коштує.
subcontract-anydesk-move-choice-go = Гаразд, напишу вам туди.

subcontract-anydesk-stay-reply = ок, без проблем, але чесно в тг набагато зручніше, там вся моя команда. контракт можна потім, не парся
subcontract-anydesk-insist-choice-give-in = Добре, тоді переходимо в Telegram.
subcontract-anydesk-insist-choice-decline = Тоді я пас. Успіхів із проєктом!
subcontract-anydesk-insist-choice-report = Я пас, і я скаржуся на це повідомлення в Upwork.
subcontract-anydesk-insist-choice-report-feedback = Скарга забирає хвилину й захищає наступного фрилансера, якому напише ця людина.

subcontract-anydesk-tg-hello = привіт, це { $recruiter } 👋 дяк шо ти тут
subcontract-anydesk-tg-plan = короче, от як ми працюємо. мій акаунт на upwork закрили через регіональні обмеження 😕 тому ми працюємо через акаунти хороших фрилансерів, як ти
subcontract-anydesk-tg-share = наші деви роблять всю роботу на твоєму акаунті, а ти отримуєш 20% фактично ні за що. це { MONEY($monthly) } на місяць легко
subcontract-anydesk-account-choice-easy = Тобто я просто позичаю вам свій акаунт і отримую гроші? Звучить досить просто.
subcontract-anydesk-account-choice-refuse = Коли інші працюють через мій акаунт, це порушує правила Upwork. Ні.
subcontract-anydesk-account-choice-who = А хто саме входитиме в акаунт під моїм іменем?
subcontract-anydesk-account-choice-who-feedback = Запитати, хто діятиме від вашого імені, — саме те, що треба: чесна відповідь тут була б «незнайомець».

subcontract-anydesk-pressure = розслабся бро, всі так роблять 😅 це просто бізнес. { MONEY($monthly) } щомісяця гарантовано. але відповідь мені треба сьогодні, інший фрилансер чекає
subcontract-anydesk-pressure-choice-give-in = Ну добре, добре. Що від мене потрібно?
subcontract-anydesk-pressure-choice-leave = Такий дедлайн мене не підганяє, а насторожує. Я виходжу.
subcontract-anydesk-pressure-choice-report = Я виходжу і скаржуся на цей чат.

subcontract-anydesk-ask-id = супер!! спершу треба знову пройти верифікацію upwork. скинь фото паспорта, з обох боків, і селфі з ним в руках
subcontract-anydesk-ask-video = а коли upwork попросить відеоперевірку, ти просто її проходиш, мій чел в цей час буде за компом
subcontract-anydesk-id-choice-send = Гаразд, надсилаю фото.
subcontract-anydesk-id-choice-refuse = Паспорт я не надсилатиму й відеоперевірку замість когось іншого не проходитиму.
subcontract-anydesk-id-choice-refuse-feedback = Саме так: ваші документи й ваше обличчя ручалися б за людину, якої ви ніколи не бачили.
subcontract-anydesk-id-choice-report = Це шахрайство з чужою особою. Я припиняю розмову й скаржуся на вас.

subcontract-anydesk-anydesk = ок ок, остання річ. постав AnyDesk, щоб наш дев міг працювати з твого компа, тоді upwork бачить твій IP і все чисто ✅
subcontract-anydesk-anydesk-file = { $recruiter } надсилає вам файл: AnyDesk.exe (5,2 МБ)
subcontract-anydesk-keep-quiet = просто лишай ноут увімкненим на ніч. і не кажи upwork про наше партнерство, потім видали цей чат 😉
subcontract-anydesk-anydesk-choice-install = Встановлено. Ось мій код AnyDesk.
subcontract-anydesk-anydesk-choice-refuse = Ніхто не отримає віддаленого керування моїм комп'ютером, і я нічого не приховую від платформи. На цьому все.
subcontract-anydesk-anydesk-choice-report = Я вас блокую і повідомляю про це Upwork і поліцію.
subcontract-anydesk-anydesk-choice-report-feedback = Заблокувати й поскаржитися — найсильніший крок тут. Збережіть листування: це доказ.

subcontract-anydesk-suspended = Через три тижні: «Ваш обліковий запис Upwork призупинено через порушення Умов надання послуг».
subcontract-anydesk-docs-used = Лист від вашого банку: з вашими паспортними даними онлайн відкрили рахунок.
subcontract-anydesk-compromised = Незнайомці працювали через ваш обліковий запис, на вашому комп'ютері, від вашого імені. Блокування на платформі — назавжди, а будь-які гроші, що пройшли через вас, можна відстежити до вас. Таке трапляється й з обережними людьми: зараз головне — діяти. Видаліть AnyDesk, змініть паролі, повідомте Upwork і свій банк та подайте заяву.

subcontract-anydesk-walked-away-early = Ви тримали розмову на Upwork і вийшли з неї, коли співрозмовник відмовився там лишатися. Захист платформи весь час був із вами.
subcontract-anydesk-reported-early = Ви вийшли з розмови й поскаржилися на повідомлення. Тепер Upwork може перевірити цей обліковий запис, перш ніж він дістанеться до когось іншого.
subcontract-anydesk-docs-out-left = Ви вже надіслали фото свого паспорта. Повідомте свій банк і стежте, чи не відкривають рахунків на ваше ім'я.
subcontract-anydesk-walked-away = Ви припинили розмову, перш ніж передали свій обліковий запис чи комп'ютер. На вашому пристрої від вашого імені нічого не запускали.
subcontract-anydesk-docs-out-reported = Ви вже надіслали фото свого паспорта. Згадайте про це у своїй заяві, повідомте банк і стежте, чи не відкривають рахунків на ваше ім'я.
subcontract-anydesk-reported = Ви припинили розмову й поскаржилися. Ваш обліковий запис і ваш комп'ютер лишилися вашими, а платформа знає про цю людину.
