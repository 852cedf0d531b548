# Вебсторінка: її кнопки, підписи та примітки. Екрани гри використовують ті самі
# тексти, що й гра в терміналі.

web-title = redflag: як розпізнати пропозиції роботи, що хочуть орендувати вашу особу
web-noscript = Для цієї гри потрібні JavaScript і WebAssembly. Вона працює повністю у вашому браузері: нічого з того, що ви тут робите, нікуди не надсилається.
web-loading = Гра завантажується…
web-pack-zip = Завантажити пакет сценаріїв (.zip)
web-pack-folder = Завантажити теку пакета
web-export = Експортувати мої результати
web-plain-on = Текстовий режим для екранних читачів
web-keys = Клавіші
web-key-up = Вгору
web-key-down = Вниз
web-key-enter = Enter: вибрати або продовжити
web-key-space = Пробіл: показати наступні повідомлення
web-key-esc = Esc: назад
web-key-help = Довідка
web-key-lang = Мова
web-key-settings = Налаштування
web-screen-text = Екран гри як текст
web-plain-heading = Виберіть сценарій:
web-plain-grid = Назад до екрана гри
web-plain-list = Назад до списку сценаріїв
web-storage-off = Цей браузер не дозволяє сторінці нічого зберігати, тому ваші налаштування й результати збережуться лише до закриття цієї вкладки.
web-state-unreadable = Не вдалося прочитати ваші збережені налаштування в цьому браузері ({ $reason }). Вони залишаються як є і не змінюються.
web-results-unreadable = Не вдалося прочитати ваші результати в цьому браузері ({ $reason }). Вони залишаються як є, а нові результати не зберігаються.
web-results-unwritable = Цей результат не вдалося зберегти в браузері: { $reason }
web-pack-loaded = Пакет { $name }: { $scenarios ->
    [one] { $scenarios } сценарій для гри
    [few] { $scenarios } сценарії для гри
    [many] { $scenarios } сценаріїв для гри
   *[other] { $scenarios } сценарію для гри
    } ({ $errors ->
    [0] без помилок
    [one] { $errors } помилка
    [few] { $errors } помилки
    [many] { $errors } помилок
   *[other] { $errors } помилки
    }, { $warnings ->
    [0] без попереджень
    [one] { $warnings } попередження
    [few] { $warnings } попередження
    [many] { $warnings } попереджень
   *[other] { $warnings } попередження
    }; див. список під грою).
web-pack-report = Проблеми в { $name }: { $count }
web-pack-problem = { $location }: { $severity ->
    [error] помилка
   *[warning] попередження
    } { $code }: { $message }
