<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutPage</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <source>A private journal for the weeks and months after a miscarriage. Write a few words about each day, note how you feel, and see on a calendar the dates that the article “Sex after a miscarriage” gives. The article itself sits beside the calendar, word for word.</source>
        <translation>Личный дневник для недель и месяцев после выкидыша. Пишите несколько слов о каждом дне, отмечайте самочувствие и смотрите в календаре даты, которые называет статья «Sex after a miscarriage» (секс после выкидыша). Сама статья — рядом с календарём, слово в слово.</translation>
    </message>
    <message>
        <source>Take your time. Every step here can be skipped, and this welcome can be opened again from the Help menu.</source>
        <translation>Не торопитесь. Любой шаг можно пропустить, а это приветствие можно снова открыть из меню «Справка».</translation>
    </message>
</context>
<context>
    <name>AddMilestoneDialog</name>
    <message>
        <source>Add a milestone of your own</source>
        <translation>Добавить свою ключевую дату</translation>
    </message>
    <message>
        <source>Change your milestone</source>
        <translation>Изменить вашу ключевую дату</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Запланировать визит</translation>
    </message>
    <message>
        <source>A &amp;consultation with a gynecologist</source>
        <translation>&amp;Консультация гинеколога</translation>
    </message>
    <message>
        <source>What it is, e.g. Ultrasound</source>
        <translation>Что это, например «УЗИ»</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>Day of the appointment</source>
        <translation>День визита</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Type the time as HH:MM, like 10:30.</source>
        <translation>Введите время как ЧЧ:ММ, например 10:30.</translation>
    </message>
</context>
<context>
    <name>AppointmentFeatures</name>
    <message>
        <source>Booked by you</source>
        <translation>Запланировано вами</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Удалить визит</translation>
    </message>
    <message>
        <source>Remove “{title}” on {when}?</source>
        <translation>Удалить «{title}» ({when})?</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestion</name>
    <message>
        <source>Yes, it did</source>
        <translation>Да, состоялся</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation>Не спрашивать</translation>
    </message>
    <message>
        <source>Close without an answer; you will not be asked again</source>
        <translation>Закрыть без ответа; вопрос больше не появится</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>The source article, as published</source>
        <translation>Исходная статья, как она опубликована</translation>
    </message>
    <message>
        <source>The article is in English, as it was published.</source>
        <translation>Статья приводится на английском языке, как в оригинале.</translation>
    </message>
    <message>
        <source>Article: Sex after a miscarriage</source>
        <translation>Статья: «Sex after a miscarriage» (секс после выкидыша)</translation>
    </message>
    <message>
        <source>The article the milestones come from, shown word for word.</source>
        <translation>Статья, из которой взяты ключевые даты, — слово в слово.</translation>
    </message>
</context>
<context>
    <name>ArticleSizeSpinBox</name>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <source>This journal is protected by a passphrase.</source>
        <translation>Этот дневник защищён парольной фразой.</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n backup(s) {verb} as well.</source>
        <translation>
            <numerusform>Также {verb}: %n резервная копия.</numerusform>
            <numerusform>Также {verb}: %n резервные копии.</numerusform>
            <numerusform>Также {verb}: %n резервных копий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be converted (another passphrase, or damaged) and were left as they were.</source>
        <translation>
            <numerusform>%n резервную копию не удалось преобразовать (другая парольная фраза или повреждение), она оставлена как была.</numerusform>
            <numerusform>%n резервные копии не удалось преобразовать (другая парольная фраза или повреждение), они оставлены как были.</numerusform>
            <numerusform>%n резервных копий не удалось преобразовать (другая парольная фраза или повреждение), они оставлены как были.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Please wait</source>
        <translation>Пожалуйста, подождите</translation>
    </message>
</context>
<context>
    <name>ChangeMilestoneDialog</name>
    <message>
        <source>Change a date</source>
        <translation>Изменить дату</translation>
    </message>
    <message>
        <source>The article&apos;s date is {date}. If your doctor gave you another one, enter it here. You can go back to the article&apos;s date at any time.</source>
        <translation>По статье это {date}. Если ваш врач назвал другую дату, введите её здесь. Вернуться к дате из статьи можно в любой момент.</translation>
    </message>
    <message>
        <source>It ends when “{title}” begins, so that date is changed.</source>
        <translation>Этот период длится до начала «{title}», поэтому изменяется именно эта дата.</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>В определённый день</translation>
    </message>
    <message>
        <source>A number of days after the procedure</source>
        <translation>Через несколько дней после процедуры</translation>
    </message>
    <message>
        <source>A number of days after the miscarriage</source>
        <translation>Через несколько дней после выкидыша</translation>
    </message>
    <message>
        <source>Choose a date after the procedure ({date}).</source>
        <translation>Выберите дату после процедуры ({date}).</translation>
    </message>
    <message>
        <source>Choose a date after the miscarriage ({date}).</source>
        <translation>Выберите дату после выкидыша ({date}).</translation>
    </message>
    <message>
        <source>Days after the procedure</source>
        <translation>Дней после процедуры</translation>
    </message>
    <message>
        <source>Days after the miscarriage</source>
        <translation>Дней после выкидыша</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <source>For example: Dr. Novak, check-up on 3 March</source>
        <translation>Например: доктор Новак, осмотр 3 марта</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <source>This article uses clinical words, such as “essentially equivalent to abortion” and “contents of the uterus”.</source>
        <translation>В статье есть медицинские слова, например «по сути равнозначно аборту» и «содержимое матки».</translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation>Скрыть это пояснение</translation>
    </message>
    <message>
        <source>Dismiss the note about the article&apos;s clinical words</source>
        <translation>Скрыть пояснение о медицинских словах в статье</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type a date as {iso} or {local}; Alt+Down opens a calendar.</source>
        <translation>Введите дату в виде {iso} или {local}; Alt+Down открывает календарь.</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar for: {field}</source>
        <translation>Открыть календарь для поля: {field}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Ошибка в поле: {field}</translation>
    </message>
    <message>
        <source>YMD</source>
        <comment>the first letters of year, month and day, in this order</comment>
        <translation>ГМД</translation>
    </message>
    <message>
        <source>Enter a date, as {iso} or {local}.</source>
        <translation>Введите дату в виде {iso} или {local}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {iso} or {local}.</source>
        <translation>«{text}» — это не дата. Введите её в виде {iso} или {local}.</translation>
    </message>
    <message>
        <source>Dates from {first} to {last} can be recorded.</source>
        <translation>Можно записать даты с {first} по {last}.</translation>
    </message>
    <message>
        <source>The earliest date here is {date}.</source>
        <translation>Самая ранняя возможная дата здесь — {date}.</translation>
    </message>
    <message>
        <source>The latest date here is {date}.</source>
        <translation>Самая поздняя возможная дата здесь — {date}.</translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>The date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>When you feel ready, record the date of the miscarriage. If a procedure followed (a uterine evacuation: “cleaning”, curettage or D&amp;C), record its date too: the article counts from it. The calendar then shows the milestones the article gives.</source>
        <translation>Когда будете готовы, запишите дату выкидыша. Если после него была процедура (опорожнение полости матки: «чистка», выскабливание или вакуум-аспирация), запишите и её дату: статья ведёт отсчёт от неё. Тогда календарь покажет ключевые даты, которые называет статья.</translation>
    </message>
    <message>
        <source>Your dates are already recorded. You can see or change them from the Journal menu, under Recorded dates.</source>
        <translation>Ваши даты уже записаны. Посмотреть или изменить их можно в меню «Дневник», пункт «Записанные даты».</translation>
    </message>
    <message>
        <source>Date of the miscarriage</source>
        <translation>Дата выкидыша</translation>
    </message>
    <message>
        <source>The miscarriage cannot be in the future (today is {today}).</source>
        <translation>Дата выкидыша не может быть в будущем (сегодня {today}).</translation>
    </message>
    <message>
        <source>There was also a p&amp;rocedure, on</source>
        <translation>Также была п&amp;роцедура, дата:</translation>
    </message>
    <message>
        <source>Date of the procedure</source>
        <translation>Дата процедуры</translation>
    </message>
    <message>
        <source>The procedure cannot be in the future (today is {today}).</source>
        <translation>Дата процедуры не может быть в будущем (сегодня {today}).</translation>
    </message>
    <message>
        <source>I&apos;d rather do this &amp;later</source>
        <translation>Сделаю это по&amp;зже</translation>
    </message>
    <message>
        <source>You can change or delete recorded dates at any time.</source>
        <translation>Записанные даты можно изменить или удалить в любой момент.</translation>
    </message>
    <message>
        <source>Date of the &amp;miscarriage</source>
        <translation>Дата &amp;выкидыша</translation>
    </message>
    <message>
        <source>The procedure cannot be before the miscarriage ({date}).</source>
        <translation>Процедура не может быть раньше выкидыша ({date}).</translation>
    </message>
</context>
<context>
    <name>DayAutosave</name>
    <message>
        <source>The journal is busy — another program is using it. Your words are kept and will be saved as soon as it is free.</source>
        <translation>Дневник занят — его использует другая программа. Ваш текст сохранён в окне и будет записан, как только дневник освободится.</translation>
    </message>
    <message>
        <source>The disk is full. Your words are kept and will be saved as soon as there is room.</source>
        <translation>Диск заполнен. Ваш текст сохранён в окне и будет записан, как только появится место.</translation>
    </message>
    <message>
        <source>The journal cannot be written to (the file or its folder is read-only). Your words are kept and will be saved as soon as it can be written.</source>
        <translation>В дневник нельзя записывать (файл или его папка доступны только для чтения). Ваш текст сохранён в окне и будет записан, как только запись станет возможной.</translation>
    </message>
    <message>
        <source>The journal is closed for a moment. Your words are kept and will be saved when it opens.</source>
        <translation>Дневник ненадолго закрыт. Ваш текст сохранён в окне и будет записан, когда дневник откроется.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Correct it and it will be saved; the rest is kept.</source>
        <translation>Не сохранено: {reason}. Исправьте это, и всё сохранится; остальное не потеряно.</translation>
    </message>
    <message>
        <source>Your words could not be saved yet ({reason}). They are kept and saving will be tried again.</source>
        <translation>Ваш текст пока не удалось сохранить ({reason}). Он не потерян, сохранение будет повторено.</translation>
    </message>
    <message>
        <source>Saved — everything you wrote is in the journal now.</source>
        <translation>Сохранено — всё, что вы написали, теперь в дневнике.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>DayEditor</name>
    <message>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Write anything you like about this day. It stays on this computer.</source>
        <translation>Напишите об этом дне всё, что хочется. Текст остаётся только на этом компьютере.</translation>
    </message>
    <message>
        <source>Note for the selected day</source>
        <translation>Заметка к выбранному дню</translation>
    </message>
    <message>
        <source>Saved automatically a second after you stop typing.</source>
        <translation>Сохраняется автоматически через секунду после того, как вы перестали печатать.</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Заметка за %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
</context>
<context>
    <name>DayFields</name>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Spotting</source>
        <translation>Мажущие выделения</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Скудное</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Умеренное</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Обильное</translation>
    </message>
    <message>
        <source>0 · none</source>
        <translation>0 · нет</translation>
    </message>
    <message>
        <source>5 · moderate</source>
        <translation>5 · умеренная</translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation>10 · сильнее невозможно представить</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Очень плохое</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Плохое</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Fairly good</source>
        <translation>Довольно хорошее</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошее</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Кровотечение</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable)</source>
        <translation>Боль от 0 (нет) до 10 (сильнее невозможно представить)</translation>
    </message>
    <message>
        <source>Temperature not saved</source>
        <translation>Температура не сохранена</translation>
    </message>
    <message>
        <source>Note from aftercare guidance</source>
        <translation>Примечание из рекомендаций по восстановлению</translation>
    </message>
    <message>
        <source>Mood in five steps</source>
        <translation>Настроение по пятибалльной шкале</translation>
    </message>
    <message>
        <source>Words of your own, separated by commas</source>
        <translation>Ваши слова через запятую</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>&amp;Bleeding</source>
        <translation>&amp;Кровотечение</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Боль</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Температура</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>&amp;Настроение</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>Temperature in %1</source>
        <translation>Температура, %1</translation>
    </message>
</context>
<context>
    <name>DayMarks</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>day 0</source>
        <translation>день 0</translation>
    </message>
    <message>
        <source>{kind} recorded</source>
        <translation>записано: {kind}</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>ключевая дата</translation>
    </message>
    <message>
        <source>appointment at {time}</source>
        <translation>визит в {time}</translation>
    </message>
    <message>
        <source>inside the three-week window</source>
        <translation>в пределах трёх недель</translation>
    </message>
    <message>
        <source>inside the six-month window</source>
        <translation>в пределах шести месяцев</translation>
    </message>
    <message>
        <source>first period expected (estimate)</source>
        <translation>ожидаются первые месячные (оценка)</translation>
    </message>
    <message>
        <source>period started</source>
        <translation>начались месячные</translation>
    </message>
    <message>
        <source>symptoms logged</source>
        <translation>отмечены симптомы</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>есть заметка</translation>
    </message>
    <message>
        <source>{time}: {title}</source>
        <translation>{time}: {title}</translation>
    </message>
    <message>
        <source>You logged symptoms on this day</source>
        <translation>В этот день вы отметили симптомы</translation>
    </message>
    <message>
        <source>You wrote a note on this day</source>
        <translation>В этот день вы написали заметку</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>the journal is busy: another program is writing to it (waited 5 seconds); nothing was changed, try again in a moment</source>
        <translation>дневник занят: в него записывает другая программа (ожидание 5 секунд); ничего не изменено, попробуйте ещё раз чуть позже</translation>
    </message>
    <message>
        <source>the journal cannot be written here (its folder or file is read-only){detail}; nothing was changed</source>
        <translation>в дневник здесь нельзя записывать (его папка или файл доступны только для чтения){detail}; ничего не изменено</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed; free some space and try again</source>
        <translation>диск заполнен: ничего не изменено; освободите место и попробуйте ещё раз</translation>
    </message>
    <message>
        <source>this journal was written by a newer version of Recovery Journal (schema {detail}; this version reads up to {head}): please update the app; the file was not changed</source>
        <translation>этот дневник записан более новой версией Recovery Journal (схема {detail}; эта версия читает до {head}): пожалуйста, обновите программу; файл не изменён</translation>
    </message>
    <message>
        <source>{path} is encrypted: a passphrase is needed to open it</source>
        <translation>{path} зашифрован: чтобы открыть его, нужна парольная фраза</translation>
    </message>
    <message>
        <source>{path} is not encrypted: open it without a passphrase</source>
        <translation>{path} не зашифрован: откройте его без парольной фразы</translation>
    </message>
    <message>
        <source>wrong passphrase for {path}{detail}</source>
        <translation>неверная парольная фраза для {path}{detail}</translation>
    </message>
    <message>
        <source>wrong passphrase, or the file is damaged (this cannot be told apart here): try the passphrase again, or a backup; {path} was not changed</source>
        <translation>неверная парольная фраза или файл повреждён (здесь это не различить): попробуйте ввести парольную фразу ещё раз или используйте резервную копию; {path} не изменён</translation>
    </message>
    <message>
        <source>{path} is not a readable journal: it is damaged ({detail}); the file was not changed, a backup can replace it</source>
        <translation>{path} не читается как дневник: он повреждён ({detail}); файл не изменён, его можно заменить резервной копией</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes) while there are backups; the file was not changed, a backup can replace it</source>
        <translation>{path} пуст (0 байт), но резервные копии есть; файл не изменён, его можно заменить резервной копией</translation>
    </message>
    <message>
        <source>there is no journal at {path}, but there are backups of one; nothing was created, a backup can be restored</source>
        <translation>по адресу {path} дневника нет, но есть его резервные копии; ничего не создано, резервную копию можно восстановить</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal file; nothing was changed (move the folder away)</source>
        <translation>{path} — это папка, а не файл дневника; ничего не изменено (переместите папку в другое место)</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}); nothing was changed</source>
        <translation>не удаётся прочитать {path} ({detail}); ничего не изменено</translation>
    </message>
    <message>
        <source>the disk reported an error with {path} ({detail}); nothing was changed</source>
        <translation>диск сообщил об ошибке с {path} ({detail}); ничего не изменено</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>&amp;Незаметный режим</translation>
    </message>
    <message>
        <source>Neutral titles, and the window blurred when you switch away</source>
        <translation>Нейтральные названия, а окно размывается, когда вы переключаетесь на другое</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Miscarriage</source>
        <translation>Выкидыш</translation>
    </message>
    <message>
        <source>Uterine procedure</source>
        <translation>Внутриматочная процедура</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало месячных</translation>
    </message>
    <message>
        <source>Gynecologist consultation</source>
        <translation>Консультация гинеколога</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Экспортировано в {path}.</translation>
    </message>
    <message>
        <source>Replaced your journal with {file}: {added} added, {skipped} already there.</source>
        <translation>Ваш дневник заменён файлом {file}: добавлено — {added}, уже было — {skipped}.</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {skipped} already there.</source>
        <translation>Импортирован {file}: добавлено — {added}, уже было — {skipped}.</translation>
    </message>
    <message>
        <source>The import of {file} was cancelled; your journal is as it was.</source>
        <translation>Импорт {file} отменён; ваш дневник остался прежним.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Backed up: {backup}.</source>
        <translation>Резервная копия создана: {backup}.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {message}</source>
        <translation>Не удалось создать сегодняшнюю автоматическую резервную копию: {message}</translation>
    </message>
    <message>
        <source>Restored the backup of {moment}. Your journal as it was is kept as a backup.</source>
        <translation>Восстановлена резервная копия от {moment}. Прежнее состояние дневника сохранено как резервная копия.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>Поиск исправной резервной копии…</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>Восстановить из резервной копии?</translation>
    </message>
    <message>
        <source>Your journal could not be opened ({reason}). The file was not changed.

The newest good backup is from {backup}. Put it in place of the journal? The file as it is now is kept among the backups.</source>
        <translation>Не удалось открыть дневник ({reason}). Файл не изменён.

Самая свежая исправная резервная копия — от {backup}. Поставить её на место дневника? Текущий файл останется среди резервных копий.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved, so nothing was changed. Please try again.</source>
        <translation>Последние изменения не удалось сохранить, поэтому ничего не изменено. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Everything, to import again (JSON)</source>
        <translation>Всё, для повторного импорта (JSON)</translation>
    </message>
    <message>
        <source>Daily entries for a spreadsheet (CSV)</source>
        <translation>Записи по дням для электронной таблицы (CSV)</translation>
    </message>
    <message>
        <source>Dates for a calendar app (ICS)</source>
        <translation>Даты для приложения-календаря (ICS)</translation>
    </message>
    <message>
        <source>Summary for a gynecologist visit (PDF)</source>
        <translation>Сводка для визита к гинекологу (PDF)</translation>
    </message>
    <message>
        <source>Exported files are not encrypted, even if your journal is. Only you can open them on this computer, but keep them somewhere private.</source>
        <translation>Экспортированные файлы не шифруются, даже если дневник зашифрован. На этом компьютере их можете открыть только вы, но всё же храните их в надёжном месте.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматическая</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>создана вами</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation>повреждена, восстановить нельзя</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message numerus="yes">
        <source>%n day page(s)</source>
        <translation>
            <numerusform>записи за %n день</numerusform>
            <numerusform>записи за %n дня</numerusform>
            <numerusform>записи за %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Печать сводки</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Symptoms from</source>
        <translation>Симптомы с</translation>
    </message>
    <message>
        <source>Symptoms to</source>
        <translation>Симптомы по</translation>
    </message>
    <message>
        <source>Include my day notes</source>
        <translation>Включить мои заметки по дням</translation>
    </message>
    <message>
        <source>Name on the summary</source>
        <translation>Имя в сводке</translation>
    </message>
    <message>
        <source>optional: printed on every page</source>
        <translation>необязательно: печатается на каждой странице</translation>
    </message>
    <message>
        <source>Add reminders</source>
        <translation>Добавить напоминания</translation>
    </message>
    <message>
        <source>Reminder days before</source>
        <translation>За сколько дней напомнить</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message numerus="yes">
        <source> day(s) before</source>
        <translation>
            <numerusform> день до</numerusform>
            <numerusform> дня до</numerusform>
            <numerusform> дней до</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>Файлы {format} (*.{extension})</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>Correct the date range of the summary.</source>
        <translation>Исправьте диапазон дат сводки.</translation>
    </message>
    <message>
        <source>The first day of the range must not be after the last.</source>
        <translation>Первый день диапазона не может быть позже последнего.</translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation>Чтение дневника…</translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Открыть файл</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Показать &amp;папку</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Экспортирован файл {name}.</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Checking the journal file…</source>
        <translation>Проверка файла дневника…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Пропустить приветствие</translation>
    </message>
    <message>
        <source>Close the welcome; nothing is recorded</source>
        <translation>Закрыть приветствие; ничего не записывается</translation>
    </message>
    <message>
        <source>Keep the dates you entered?</source>
        <translation>Сохранить введённые даты?</translation>
    </message>
    <message>
        <source>You entered a date in this welcome. Save records it before the welcome closes; Discard closes without recording anything; Cancel goes back to the welcome.</source>
        <translation>Вы ввели дату в этом приветствии. «Сохранить» запишет её перед закрытием; «Не сохранять» закроет приветствие, ничего не записав; «Отмена» вернёт к приветствию.</translation>
    </message>
    <message>
        <source>Leave without a passphrase?</source>
        <translation>Выйти без парольной фразы?</translation>
    </message>
    <message>
        <source>You ticked “Protect the journal with a passphrase”, but the welcome is closing before Done, so the journal will not be encrypted. You can protect it later from the Journal menu. Leave anyway?</source>
        <translation>Вы отметили «Защитить дневник парольной фразой», но приветствие закрывается до нажатия «Готово», поэтому дневник не будет зашифрован. Защитить его можно позже в меню «Дневник». Всё равно выйти?</translation>
    </message>
    <message>
        <source>No passphrase was set, so the journal is not encrypted. You can protect it later from the Journal menu.</source>
        <translation>Парольная фраза не задана, поэтому дневник не зашифрован. Защитить его можно позже в меню «Дневник».</translation>
    </message>
    <message>
        <source>The journal was not encrypted: {reason}. You can try again later from the Journal menu.</source>
        <translation>Дневник не зашифрован: {reason}. Попробовать ещё раз можно позже в меню «Дневник».</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>HcgChart</name>
    <message>
        <source>negative</source>
        <translation>отрицательный</translation>
    </message>
    <message>
        <source>faint line</source>
        <translation>слабая полоска</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>положительный</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{kind} on {date}</source>
        <translation>{kind}, {date}</translation>
    </message>
    <message>
        <source>delete the {event}</source>
        <translation>удалить запись «{event}»</translation>
    </message>
    <message>
        <source>change the {event}</source>
        <translation>изменить запись «{event}»</translation>
    </message>
    <message>
        <source>Recorded dates</source>
        <translation>Записанные даты</translation>
    </message>
    <message>
        <source>Everything you have recorded, newest first. The plan follows these dates.</source>
        <translation>Всё, что вы записали, сначала новые. План строится по этим датам.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>The Delete key removes the selected date, after asking.</source>
        <translation>Клавиша Delete удаляет выбранную дату (после подтверждения).</translation>
    </message>
    <message>
        <source>No dates are recorded yet.</source>
        <translation>Пока не записано ни одной даты.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Change a recorded date</source>
        <translation>Изменить записанную дату</translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation>Удалить эту дату?</translation>
    </message>
    <message>
        <source>Delete the {event}?
You can undo this until you close Recovery Journal.</source>
        <translation>Удалить запись «{event}»?
Это можно отменить, пока Recovery Journal не закрыт.</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Отменить: {action}</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>Повторить: {action}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>Add to my journal (merge)</source>
        <translation>Добавить в мой дневник (объединить)</translation>
    </message>
    <message>
        <source>Replace my journal with the file</source>
        <translation>Заменить мой дневник этим файлом</translation>
    </message>
    <message>
        <source>Adds what the file has and your journal lacks. If a day has a different page in each, nothing is imported and you are told which day.</source>
        <translation>Добавляет то, что есть в файле, но нет в дневнике. Если у какого-то дня в них разные записи, ничего не импортируется, и вы увидите, какой это день.</translation>
    </message>
    <message>
        <source>Everything in your journal is replaced. A backup of it is made first.</source>
        <translation>Всё содержимое дневника будет заменено. Сначала создаётся его резервная копия.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Recovery Journal export (*.json)</source>
        <translation>Экспорт Recovery Journal (*.json)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
</context>
<context>
    <name>ImportFromOtherApp</name>
    <message>
        <source>Import from &amp;another app…</source>
        <translation>Импорт из &amp;другого приложения…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message numerus="yes">
        <source>Imported from {app}: %n record(s) added; days that already had a page were kept.</source>
        <translation>
            <numerusform>Импорт из {app}: добавлена %n запись; дни, где уже была запись, оставлены как есть.</numerusform>
            <numerusform>Импорт из {app}: добавлено %n записи; дни, где уже была запись, оставлены как есть.</numerusform>
            <numerusform>Импорт из {app}: добавлено %n записей; дни, где уже была запись, оставлены как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>ImportOtherApp</name>
    <message>
        <source>drip export (*.csv)</source>
        <translation>Экспорт drip (*.csv)</translation>
    </message>
    <message>
        <source>Mensinator export (*.json)</source>
        <translation>Экспорт Mensinator (*.json)</translation>
    </message>
    <message>
        <source>jrnl JSON export (*.json)</source>
        <translation>Экспорт jrnl в JSON (*.json)</translation>
    </message>
    <message>
        <source>Day One JSON export (*.zip *.json)</source>
        <translation>Экспорт Day One в JSON (*.zip *.json)</translation>
    </message>
    <message>
        <source>From {file}: {days} and {dates} to add.</source>
        <translation>Из {file} будет добавлено: {days} и {dates}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period start(s)</source>
        <translation>
            <numerusform>%n дата начала месячных</numerusform>
            <numerusform>%n даты начала месячных</numerusform>
            <numerusform>%n дат начала месячных</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add from {file}.</source>
        <translation>Из {file} добавлять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept as they are in your journal.</source>
        <translation>
            <numerusform>%n запись оставлена в дневнике как есть.</numerusform>
            <numerusform>%n записи оставлены в дневнике как есть.</numerusform>
            <numerusform>%n записей оставлено в дневнике как есть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>Пропущена %n запись.</numerusform>
            <numerusform>Пропущены %n записи.</numerusform>
            <numerusform>Пропущено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {day}: {what}</source>
        <translation>Добавить {day}: {what}</translation>
    </message>
    <message>
        <source>Add the date: {kind}, {day}</source>
        <translation>Добавить дату: {kind}, {day}</translation>
    </message>
    <message>
        <source>Keep {day} as it is: it already has a page</source>
        <translation>Оставить {day} как есть: запись за этот день уже есть</translation>
    </message>
    <message>
        <source>Already recorded: {kind}, {day}</source>
        <translation>Уже записано: {kind}, {day}</translation>
    </message>
    <message>
        <source>Skip: {reason}</source>
        <translation>Пропустить: {reason}</translation>
    </message>
    <message>
        <source>Skip {day}: {reason}</source>
        <translation>Пропустить {day}: {reason}</translation>
    </message>
    <message>
        <source>bleeding {level}</source>
        <translation>кровотечение: {level}</translation>
    </message>
    <message>
        <source>temperature {value} {unit}</source>
        <translation>температура {value} {unit}</translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation>боль: {value}</translation>
    </message>
    <message>
        <source>mood {value}</source>
        <translation>настроение: {value}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>метки: {tags}</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>заметка</translation>
    </message>
</context>
<context>
    <name>ImportOtherDialog</name>
    <message>
        <source>Import from another app</source>
        <translation>Импорт из другого приложения</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation>Экспортированный файл</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Days that already have a page in your journal are kept as they are. Nothing is written until you press Import.</source>
        <translation>Дни, за которые в дневнике уже есть запись, остаются как есть. Ничего не записывается, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <source>Choose the app and its exported file, then press Enter to see what will be added.</source>
        <translation>Выберите приложение и экспортированный им файл, затем нажмите Enter, чтобы увидеть, что будет добавлено.</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Что будет импортировано</translation>
    </message>
    <message>
        <source>Show what will be added</source>
        <translation>Показать, что будет добавлено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Choose the file the app exported.</source>
        <translation>Выберите файл, экспортированный приложением.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Nothing was read, and nothing was changed.</source>
        <translation>Ничего не прочитано и ничего не изменено.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation>Календарь, %1</translation>
    </message>
    <message>
        <source>Choose a day to read or write its note. Marks show the article&apos;s milestones.</source>
        <translation>Выберите день, чтобы прочитать или написать заметку. Отметки показывают ключевые даты из статьи.</translation>
    </message>
</context>
<context>
    <name>JournalFeatures</name>
    <message>
        <source>&amp;Search notes</source>
        <translation>&amp;Поиск в заметках</translation>
    </message>
    <message>
        <source>Recorded &amp;dates…</source>
        <translation>Записанные &amp;даты…</translation>
    </message>
    <message>
        <source>Time&amp;line and trends…</source>
        <translation>&amp;Хронология и динамика…</translation>
    </message>
    <message>
        <source>Temperature in °&amp;F</source>
        <translation>Температура в °&amp;F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>the journal is closed for a moment; try again</source>
        <translation>дневник ненадолго закрыт; попробуйте ещё раз</translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation>Чтение дневника…</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend of calendar marks</source>
        <translation>Условные обозначения календаря</translation>
    </message>
    <message>
        <source>Three-week window</source>
        <translation>Три недели</translation>
    </message>
    <message>
        <source>Six-month window</source>
        <translation>Шесть месяцев</translation>
    </message>
    <message>
        <source>Period expected</source>
        <translation>Ожидаются месячные</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Ключевая дата</translation>
    </message>
    <message>
        <source>Your milestone or appointment</source>
        <translation>Ваша дата или визит</translation>
    </message>
    <message>
        <source>Recorded date</source>
        <translation>Записанная дата</translation>
    </message>
    <message>
        <source>Period started</source>
        <translation>Начались месячные</translation>
    </message>
    <message>
        <source>Symptoms logged</source>
        <translation>Отмечены симптомы</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Есть заметка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Hatched days: inside the article&apos;s three-week window without sex</source>
        <translation>Заштрихованные дни: три недели без близости, о которых говорит статья</translation>
    </message>
    <message>
        <source>A bar below the day: inside the six months before planning a pregnancy</source>
        <translation>Полоса под днём: шесть месяцев до планирования беременности</translation>
    </message>
    <message>
        <source>Dotted frame: the first period is usually expected now (an estimate, not from the article)</source>
        <translation>Пунктирная рамка: обычно в это время ожидаются первые месячные (оценка, не из статьи)</translation>
    </message>
    <message>
        <source>Diamond: a milestone date from the article or your doctor</source>
        <translation>Ромб: ключевая дата из статьи или от вашего врача</translation>
    </message>
    <message>
        <source>Square: a milestone you added or an appointment you booked</source>
        <translation>Квадрат: добавленная вами дата или запланированный визит</translation>
    </message>
    <message>
        <source>Triangle: a date you recorded (loss, procedure, period, consultation)</source>
        <translation>Треугольник: записанная вами дата (потеря, процедура, месячные, консультация)</translation>
    </message>
    <message>
        <source>Drop: a period started</source>
        <translation>Капля: начались месячные</translation>
    </message>
    <message>
        <source>Small bars: you logged bleeding, pain or temperature</source>
        <translation>Столбики: вы отметили кровотечение, боль или температуру</translation>
    </message>
    <message>
        <source>Dot: you wrote a note that day</source>
        <translation>Точка: в этот день вы написали заметку</translation>
    </message>
    <message>
        <source>Ring: today</source>
        <translation>Кольцо: сегодня</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>{app} — locked</source>
        <translation>{app} — заблокирован</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Заблокировать се&amp;йчас</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Проверяем парольную фразу…</translation>
    </message>
    <message>
        <source>The passphrase could not be checked: {message}. Please try again.</source>
        <translation>Не удалось проверить парольную фразу: {message}. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Включён Caps Lock.</translation>
    </message>
    <message>
        <source>{app} is locked.</source>
        <translation>{app} заблокирован.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Проверяем парольную фразу…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Дневник</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Miscarriage…</source>
        <translation>&amp;Выкидыш…</translation>
    </message>
    <message>
        <source>Uterine &amp;procedure…</source>
        <translation>Внутриматочная &amp;процедура…</translation>
    </message>
    <message>
        <source>Period &amp;start…</source>
        <translation>&amp;Начало месячных…</translation>
    </message>
    <message>
        <source>&amp;Gynecologist consultation…</source>
        <translation>Консультация &amp;гинеколога…</translation>
    </message>
    <message>
        <source>&amp;Book an appointment…</source>
        <translation>Запланировать &amp;визит…</translation>
    </message>
    <message>
        <source>Show the &amp;article</source>
        <translation>Показать &amp;статью</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>&amp;Перейти к сегодняшнему дню</translation>
    </message>
    <message>
        <source>&amp;About Recovery Journal</source>
        <translation>&amp;О программе Recovery Journal</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Приветствие…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Record a date</source>
        <translation>&amp;Записать дату</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Your backups are not encrypted: if you never set a passphrase, the journal file is damaged, and a backup can replace it (the file as it is now is kept).</source>
        <translation>Ваши резервные копии не зашифрованы: если вы никогда не задавали парольную фразу, значит, файл дневника повреждён, и его можно заменить резервной копией (текущий файл сохранится).</translation>
    </message>
    <message>
        <source>The journal could not be opened: {error}. Nothing was changed.</source>
        <translation>Не удалось открыть дневник: {error}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Открытие дневника…</translation>
    </message>
    <message>
        <source>The journal could not be opened: {reason}.</source>
        <translation>Не удалось открыть дневник: {reason}.</translation>
    </message>
    <message>
        <source>The journal is damaged; its backups are encrypted. Type the passphrase to restore one.</source>
        <translation>Дневник повреждён; его резервные копии зашифрованы. Введите парольную фразу, чтобы восстановить одну из них.</translation>
    </message>
    <message>
        <source>The journal opened, but the plan could not be made from its dates ({reason}). Nothing was changed: correct the date in Recorded dates, or export the journal.</source>
        <translation>Дневник открыт, но по его датам не удалось составить план ({reason}). Ничего не изменено: исправьте дату в «Записанных датах» или экспортируйте дневник.</translation>
    </message>
    <message>
        <source>Read only: the journal&apos;s folder or file cannot be written, so everything can be read but nothing can be changed or saved.</source>
        <translation>Только чтение: в папку или файл дневника нельзя записывать, поэтому всё можно читать, но ничего нельзя изменить или сохранить.</translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation>Recovery Journal</translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation>Записано: {kind}</translation>
    </message>
    <message>
        <source>“{title}” is back to the article&apos;s date.</source>
        <translation>Для «{title}» снова действует дата из статьи.</translation>
    </message>
    <message>
        <source>Your doctor&apos;s date is back.</source>
        <translation>Дата вашего врача возвращена.</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Удалить ключевую дату</translation>
    </message>
    <message>
        <source>Remove “{title}”?</source>
        <translation>Удалить «{title}»?</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Закрыть без сохранения?</translation>
    </message>
    <message>
        <source>The last changes to your note could not be saved. Close anyway?</source>
        <translation>Последние изменения в заметке не удалось сохранить. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>MedicineRow</name>
    <message>
        <source>Medicine</source>
        <translation>Лекарство</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Название лекарства</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Доза</translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation>Доза, своими словами</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Время приёма</translation>
    </message>
    <message>
        <source>Remove this medicine</source>
        <translation>Убрать это лекарство</translation>
    </message>
</context>
<context>
    <name>MedicinesEditor</name>
    <message>
        <source>Add a med&amp;icine</source>
        <translation>&amp;Добавить лекарство</translation>
    </message>
    <message>
        <source>A time is written HH:MM, like 08:30; until then the time before is kept.</source>
        <translation>Время пишется как ЧЧ:ММ, например 08:30; до тех пор остаётся прежнее время.</translation>
    </message>
</context>
<context>
    <name>MilestonePanel</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Your doctor</source>
        <translation>Ваш врач</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Ключевая дата</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Ключевые даты</translation>
    </message>
    <message>
        <source>Select a milestone to see its passage in the article.</source>
        <translation>Выберите ключевую дату, чтобы увидеть её место в статье.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Use your doctor&apos;s date instead of the article&apos;s</source>
        <translation>Использовать дату вашего врача вместо даты из статьи</translation>
    </message>
    <message>
        <source>Reset to the article</source>
        <translation>Вернуть дату из статьи</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>Добавить свою…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Record the date of the loss or the procedure to see the article&apos;s milestones.</source>
        <translation>Запишите дату потери или процедуры, чтобы увидеть ключевые даты из статьи.</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>Не медицинская рекомендация</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the reset</source>
        <translation>Отменить возврат</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation>Ваша заметка: {note}</translation>
    </message>
    <message>
        <source>Change the title, date or note of your milestone</source>
        <translation>Изменить название, дату или заметку вашей ключевой даты</translation>
    </message>
</context>
<context>
    <name>MoreDayFields</name>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <source>Faint line</source>
        <translation>Слабая полоска</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Положительный</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Usual for me</source>
        <translation>Обычные для меня</translation>
    </message>
    <message>
        <source>Unusual colour or smell</source>
        <translation>Необычный цвет или запах</translation>
    </message>
    <message>
        <source>Pregnancy test result</source>
        <translation>Результат теста на беременность</translation>
    </message>
    <message>
        <source>hCG blood value in mIU/mL</source>
        <translation>ХГЧ в крови, мМЕ/мл</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <source>h&amp;CG, mIU/mL</source>
        <translation>&amp;ХГЧ, мМЕ/мл</translation>
    </message>
    <message>
        <source>Test &amp;result</source>
        <translation>&amp;Результат теста</translation>
    </message>
    <message>
        <source>Di&amp;scharge</source>
        <translation>&amp;Выделения</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <source>hCG is a number of mIU/mL from %1 to %2; this is not saved until it is one.</source>
        <translation>ХГЧ — это число мМЕ/мл от %1 до %2; пока это не так, значение не сохраняется.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Protect the journal with a passphrase</source>
        <translation>Защитить дневник парольной фразой</translation>
    </message>
    <message>
        <source>The journal, and its backups, will be encrypted with the new passphrase.</source>
        <translation>Дневник и его резервные копии будут зашифрованы новой парольной фразой.</translation>
    </message>
    <message>
        <source>The journal, and its backups, will be encrypted. You will type the passphrase each time you open the journal.</source>
        <translation>Дневник и его резервные копии будут зашифрованы. Парольную фразу нужно будет вводить при каждом открытии дневника.</translation>
    </message>
    <message>
        <source>Old disk blocks may still hold earlier unencrypted copies; setting the passphrase at the first start avoids that.</source>
        <translation>На диске могут остаться прежние незашифрованные копии; если задать парольную фразу при первом запуске, этого не случится.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Please try again.</source>
        <translation>Текущая парольная фраза неверна. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Please type a new passphrase.</source>
        <translation>Пожалуйста, введите новую парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Повторите её</translation>
    </message>
    <message>
        <source>Please type the current passphrase.</source>
        <translation>Пожалуйста, введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation>Парольная фраза не может содержать символ NUL.</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Please type the new one again.</source>
        <translation>Две новые парольные фразы не совпадают. Пожалуйста, введите новую ещё раз.</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next pane</source>
        <translation>Следующая панель</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Предыдущая панель</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>PrivacyControls</name>
    <message>
        <source>The journal stays closed until its passphrase is typed.</source>
        <translation>Дневник остаётся закрытым, пока не введена парольная фраза.</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase…</source>
        <translation>Защитить парольной &amp;фразой…</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the passphrase…</source>
        <translation>&amp;Убрать парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Никогда</translation>
    </message>
    <message>
        <source>After 1 &amp;minute</source>
        <translation>Через 1 &amp;минуту</translation>
    </message>
    <message>
        <source>After &amp;5 minutes</source>
        <translation>Через &amp;5 минут</translation>
    </message>
    <message>
        <source>After &amp;15 minutes</source>
        <translation>Через &amp;15 минут</translation>
    </message>
    <message>
        <source>After &amp;30 minutes</source>
        <translation>Через &amp;30 минут</translation>
    </message>
    <message>
        <source>After &amp;60 minutes</source>
        <translation>Через &amp;60 минут</translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation>Через %1 мин</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>&amp;Блокировать автоматически</translation>
    </message>
    <message>
        <source>The journal is now encrypted with your passphrase.</source>
        <translation>Теперь дневник зашифрован вашей парольной фразой.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>зашифровано</translation>
    </message>
    <message>
        <source>Damaged backups</source>
        <translation>Повреждённые резервные копии</translation>
    </message>
    <message>
        <source>{count} backup(s) are damaged and cannot be encrypted, so they would stay readable without the passphrase. Delete them and encrypt the rest? (No: nothing is changed.)</source>
        <translation>Повреждённых резервных копий: {count}. Их нельзя зашифровать, поэтому их можно было бы прочитать без парольной фразы. Удалить их и зашифровать остальные? («Нет» — ничего не изменится.)</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>re-encrypted with the new passphrase</source>
        <translation>перешифровано новой парольной фразой</translation>
    </message>
    <message>
        <source>The passphrase was removed: the journal is no longer encrypted.</source>
        <translation>Парольная фраза убрана: дневник больше не зашифрован.</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>расшифровано</translation>
    </message>
    <message>
        <source>the note could not be saved, so nothing was changed</source>
        <translation>заметку не удалось сохранить, поэтому ничего не изменено</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>The note could not be saved, so nothing was changed.</source>
        <translation>Заметку не удалось сохранить, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>{error}. Nothing was changed</source>
        <translation>{error}. Ничего не изменено</translation>
    </message>
    <message>
        <source>Converting the journal…</source>
        <translation>Преобразование дневника…</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {message}.</source>
        <translation>Парольная фраза не изменена: {message}.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Private, and not medical advice</source>
        <translation>Лично, и это не медицинская рекомендация</translation>
    </message>
    <message>
        <source>&amp;Protect the journal with a passphrase when this welcome closes</source>
        <translation>&amp;Защитить дневник парольной фразой при закрытии приветствия</translation>
    </message>
    <message>
        <source>The journal is then encrypted, and the passphrase is asked for each time it opens.</source>
        <translation>Тогда дневник будет зашифрован, и парольная фраза будет запрашиваться при каждом открытии.</translation>
    </message>
    <message>
        <source>If you like, a passphrase can protect the journal: it is then encrypted, and nobody can read it without the passphrase. You can also add one later, from the Journal menu.</source>
        <translation>Если хотите, дневник можно защитить парольной фразой: тогда он будет зашифрован, и без неё его никто не прочитает. Её можно добавить и позже, в меню «Дневник».</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Повторить попытку</translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Start a &amp;new journal</source>
        <translation>Начать &amp;новый дневник</translation>
    </message>
    <message>
        <source>Correct a &amp;date…</source>
        <translation>Исправить &amp;дату…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
</context>
<context>
    <name>RecordDateDialog</name>
    <message>
        <source>Record a date</source>
        <translation>Записать дату</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>You can change or delete recorded dates later.</source>
        <translation>Записанные даты можно позже изменить или удалить.</translation>
    </message>
    <message>
        <source>A {kind} cannot be in the future (today is {today}).</source>
        <translation>Дата события «{kind}» не может быть в будущем (сегодня {today}).</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Скрыть напоминание</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Recovery Journal has a reminder for today</source>
        <translation>У Recovery Journal есть напоминание на сегодня</translation>
    </message>
    <message>
        <source>Remind me on &amp;milestone days</source>
        <translation>&amp;Напоминать в дни ключевых дат</translation>
    </message>
    <message>
        <source>Show Recovery Journal</source>
        <translation>Показать Recovery Journal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>RemovePassphraseDialog</name>
    <message>
        <source>Remove the passphrase</source>
        <translation>Убрать парольную фразу</translation>
    </message>
    <message>
        <source>The journal and its backups will be stored without encryption: anyone who can read your files can read the journal. Type the current passphrase to confirm.</source>
        <translation>Дневник и его резервные копии будут храниться без шифрования: любой, кто может читать ваши файлы, сможет прочитать и дневник. Для подтверждения введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Please type the current passphrase.</source>
        <translation>Пожалуйста, введите текущую парольную фразу.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of your journal. Your journal as it is now is backed up first, so nothing is lost.</source>
        <translation>Выберите резервную копию, которая заменит ваш дневник. Сначала создаётся резервная копия текущего дневника, так что ничего не потеряется.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The backups could not be read: {message}.</source>
        <translation>Не удалось прочитать резервные копии: {message}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search your notes and tags</source>
        <translation>Поиск по заметкам и меткам</translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation>Поиск по заметкам</translation>
    </message>
    <message>
        <source>Days found</source>
        <translation>Найденные дни</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>No day matches.</source>
        <translation>Подходящих дней нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Размер текста статьи</translation>
    </message>
    <message>
        <source>In points; Default uses the system&apos;s text size.</source>
        <translation>В пунктах; «По умолчанию» — размер текста системы.</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Первый день недели</translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation>Цельсий (°C)</translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation>Фаренгейт (°F)</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>Единица температуры</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блокировать автоматически</translation>
    </message>
    <message>
        <source>Lock the journal after this long without use.</source>
        <translation>Блокировать дневник, если им не пользуются столько времени.</translation>
    </message>
    <message>
        <source>Show the &amp;next milestone in the header</source>
        <translation>Показывать &amp;в заголовке ближайшую ключевую дату</translation>
    </message>
    <message>
        <source>Show the next milestone in the header</source>
        <translation>Показывать в заголовке ближайшую ключевую дату</translation>
    </message>
    <message>
        <source>The day and the next milestone, in large letters at the top of the window all day.</source>
        <translation>День и ближайшая ключевая дата — крупными буквами вверху окна весь день.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Незаметный &amp;режим</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Незаметный режим</translation>
    </message>
    <message>
        <source>Neutral titles in the header, reminders and calendar files; the window blurred when you switch away.</source>
        <translation>Нейтральные названия в заголовке, напоминаниях и файлах календаря; окно размывается, когда вы переключаетесь на другое.</translation>
    </message>
    <message>
        <source>&amp;Remind me of milestones</source>
        <translation>&amp;Напоминать о ключевых датах</translation>
    </message>
    <message>
        <source>Remind me of milestones</source>
        <translation>Напоминать о ключевых датах</translation>
    </message>
    <message>
        <source>A quiet notification on a milestone&apos;s day while the app runs.</source>
        <translation>Неназойливое уведомление в день ключевой даты, пока программа работает.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Оставаться в трее после закрытия окна</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Оставаться в трее после закрытия окна</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Article text size:</source>
        <translation>Размер текста &amp;статьи:</translation>
    </message>
    <message>
        <source>Calendar and notes</source>
        <translation>Календарь и заметки</translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation>&amp;Первый день недели:</translation>
    </message>
    <message>
        <source>Temperature &amp;unit:</source>
        <translation>&amp;Единица температуры:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>&amp;Блокировать автоматически:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Через %n минуту</numerusform>
            <numerusform>Через %n минуты</numerusform>
            <numerusform>Через %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>In the calendar, the arrow keys move by a day or a week, and Page Up and Page Down change the month. Alt with an underlined letter opens a menu.</source>
        <translation>В календаре клавиши со стрелками перемещают на день или неделю, а Page Up и Page Down меняют месяц. Alt с подчёркнутой буквой открывает меню.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The journal is already open in another Recovery Journal window.</source>
        <translation>Дневник уже открыт в другом окне Recovery Journal.</translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Готовлю сводку…</translation>
    </message>
    <message numerus="yes">
        <source>Sent the summary to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Сводка отправлена на принтер (%n страница).</numerusform>
            <numerusform>Сводка отправлена на принтер (%n страницы).</numerusform>
            <numerusform>Сводка отправлена на принтер (%n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>the journal is closing; nothing was changed</source>
        <translation>дневник закрывается; ничего не изменено</translation>
    </message>
    <message>
        <source>something went wrong ({error}); nothing was changed</source>
        <translation>что-то пошло не так ({error}); ничего не изменено</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Day 0</source>
        <translation>День 0</translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation>{months} мес.</translation>
    </message>
    <message>
        <source>Today · day {day}</source>
        <translation>Сегодня · день {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Recovery timeline</source>
        <translation>Хронология восстановления</translation>
    </message>
    <message>
        <source>No loss is recorded, so there is no timeline.</source>
        <translation>Потеря не записана, поэтому хронологии нет.</translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>С {first} по {last}.</translation>
    </message>
    <message>
        <source>Record a loss to see the timeline.</source>
        <translation>Запишите дату потери, чтобы увидеть хронологию.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>2 weeks</source>
        <translation>2 недели</translation>
    </message>
    <message>
        <source>6 weeks</source>
        <translation>6 недель</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Кровотечение</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Боль (0–10)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>spotting</source>
        <translation>мажущие выделения</translation>
    </message>
    <message>
        <source>light</source>
        <translation>скудное</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>умеренное</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>обильное</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>День 0</translation>
    </message>
    <message>
        <source>Trend of bleeding, pain and temperature</source>
        <translation>Динамика кровотечения, боли и температуры</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>bleeding {level}</source>
        <translation>кровотечение: {level}</translation>
    </message>
    <message>
        <source>pain {score}</source>
        <translation>боль: {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with symptoms recorded</source>
        <translation>
            <numerusform>симптомы отмечены за %n день</numerusform>
            <numerusform>симптомы отмечены за %n дня</numerusform>
            <numerusform>симптомы отмечены за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} to {last} · {days}</source>
        <translation>с {first} по {last} · {days}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Your journal is one file on this computer. Recovery Journal never connects to the internet, sends nothing anywhere and shows no ads.</source>
        <translation>Ваш дневник — это один файл на этом компьютере. Recovery Journal никогда не подключается к интернету, ничего никуда не отправляет и не показывает рекламу.</translation>
    </message>
    <message>
        <source>A private journal for the weeks and months after a miscarriage.</source>
        <translation>Личный дневник для недель и месяцев после выкидыша.</translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation>Конфиденциальность.</translation>
    </message>
    <message>
        <source>Estimates that are not from the article (the first period after 4 to 6 weeks) name their source: common aftercare guidance such as the NHS.</source>
        <translation>У оценок, которых нет в статье (первые месячные через 4–6 недель), указан источник: общепринятые рекомендации по восстановлению, например NHS.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>When you feel ready, you can record the date of the miscarriage or of the procedure. The calendar will then show the milestones the article gives.</source>
        <translation>Когда будете готовы, вы можете записать дату выкидыша или процедуры. Тогда календарь покажет ключевые даты, которые называет статья.</translation>
    </message>
    <message>
        <source>Record a date…</source>
        <translation>Записать дату…</translation>
    </message>
    <message>
        <source>Record a date</source>
        <translation>Записать дату</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Dismiss this suggestion</source>
        <translation>Скрыть это предложение</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>First period</source>
        <translation>Первые месячные</translation>
    </message>
    <message>
        <source>An estimate, not from the article: common aftercare guidance (for example the NHS) says the first period usually comes 4 to 6 weeks later.</source>
        <translation>Оценка, не из статьи: общепринятые рекомендации по восстановлению (например, NHS) говорят, что первые месячные обычно приходят через 4–6 недель.</translation>
    </message>
    <message>
        <source>The article says ideally after the next period, and never before three weeks.</source>
        <translation>Статья говорит: в идеале после следующих месячных и никогда не раньше чем через три недели.</translation>
    </message>
    <message>
        <source>Not yet planning a pregnancy</source>
        <translation>Пока без планирования беременности</translation>
    </message>
    <message>
        <source>The article says planning the next pregnancy should not be rushed.</source>
        <translation>Статья говорит, что с планированием следующей беременности не стоит торопиться.</translation>
    </message>
    <message>
        <source>Earliest time to plan a pregnancy</source>
        <translation>Самое раннее время для планирования беременности</translation>
    </message>
    <message>
        <source>Better time to plan a pregnancy</source>
        <translation>Лучшее время для планирования беременности</translation>
    </message>
    <message>
        <source>See a gynecologist</source>
        <translation>Консультация гинеколога</translation>
    </message>
    <message>
        <source>The article says planning a pregnancy requires a consultation with a gynecologist first.</source>
        <translation>Статья говорит, что перед планированием беременности нужна консультация гинеколога.</translation>
    </message>
    <message>
        <source>from the article</source>
        <translation>из статьи</translation>
    </message>
    <message>
        <source>an estimate, not from the article</source>
        <translation>оценка, не из статьи</translation>
    </message>
    <message>
        <source>from your doctor</source>
        <translation>от вашего врача</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>ваша собственная</translation>
    </message>
    <message>
        <source>{title} (estimate)</source>
        <translation>{title} (оценка)</translation>
    </message>
    <message>
        <source>A milestone you added.</source>
        <translation>Ключевая дата, которую вы добавили.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The procedure is recorded for {date}, %n day(s) ahead</source>
        <translation>
            <numerusform>Процедура записана на {date}, через %n день</numerusform>
            <numerusform>Процедура записана на {date}, через %n дня</numerusform>
            <numerusform>Процедура записана на {date}, через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The miscarriage is recorded for {date}, %n day(s) ahead</source>
        <translation>
            <numerusform>Выкидыш записан на {date}, через %n день</numerusform>
            <numerusform>Выкидыш записан на {date}, через %n дня</numerusform>
            <numerusform>Выкидыш записан на {date}, через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{header} · Next: {title}, {when}</source>
        <translation>{header} · Далее: {title}, {when}</translation>
    </message>
    <message>
        <source>Day {day} after the procedure</source>
        <translation>День {day} после процедуры</translation>
    </message>
    <message>
        <source>Day {day} after the miscarriage</source>
        <translation>День {day} после выкидыша</translation>
    </message>
    <message numerus="yes">
        <source>Inside your doctor&apos;s window: {title}; %n day(s) to go</source>
        <translation>
            <numerusform>Период по словам вашего врача: {title}; остался %n день</numerusform>
            <numerusform>Период по словам вашего врача: {title}; осталось %n дня</numerusform>
            <numerusform>Период по словам вашего врача: {title}; осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inside the article&apos;s window: {title}; %n day(s) to go</source>
        <translation>
            <numerusform>Период по статье: {title}; остался %n день</numerusform>
            <numerusform>Период по статье: {title}; осталось %n дня</numerusform>
            <numerusform>Период по статье: {title}; осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: expected around now (not from the article)</source>
        <translation>{title}: ожидается примерно сейчас (не из статьи)</translation>
    </message>
    <message>
        <source>{title} ({source})</source>
        <translation>{title} ({source})</translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation>Записано: {kind}</translation>
    </message>
    <message>
        <source>The article says sex should wait at least three weeks after the procedure (the cleaning of the uterus), because of the risk of infection.</source>
        <translation>Статья говорит, что с близостью стоит подождать не меньше трёх недель после процедуры (чистки матки) из-за риска инфекции.</translation>
    </message>
    <message>
        <source>Rest from sex for three weeks</source>
        <translation>Перерыв в близости на три недели</translation>
    </message>
    <message>
        <source>Earliest time for sex again</source>
        <translation>Самое раннее время для близости</translation>
    </message>
    <message>
        <source>Three weeks after the procedure, the earliest the article gives (counted from the miscarriage when no procedure is recorded).</source>
        <translation>Три недели после процедуры — самый ранний срок, который называет статья (если процедура не записана, отсчёт идёт от выкидыша).</translation>
    </message>
    <message>
        <source>The first period you record after the procedure or the miscarriage. Until then, an estimate of 4 to 6 weeks.</source>
        <translation>Первые месячные, которые вы запишете после процедуры или выкидыша. До этого — оценка в 4–6 недель.</translation>
    </message>
    <message>
        <source>Ideal time for sex again</source>
        <translation>Лучшее время для близости</translation>
    </message>
    <message>
        <source>The article gives six months after the miscarriage as the earliest. When a procedure is recorded, these dates count from the procedure instead.</source>
        <translation>Статья называет самым ранним сроком шесть месяцев после выкидыша. Если записана процедура, эти даты отсчитываются от неё.</translation>
    </message>
    <message>
        <source>The article calls a year after the miscarriage better. When a procedure is recorded, these dates count from the procedure instead.</source>
        <translation>Статья считает, что лучше подождать год после выкидыша. Если записана процедура, эти даты отсчитываются от неё.</translation>
    </message>
    <message>
        <source>recorded by you</source>
        <translation>записано вами</translation>
    </message>
    <message>
        <source>{title} (before this date)</source>
        <translation>{title} (до этой даты)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Ключевая дата</translation>
    </message>
    <message>
        <source>Next: {title}, {when}</source>
        <translation>Далее: {title}, {when}</translation>
    </message>
    <message>
        <source>The dates count from {date}, the day of the procedure.</source>
        <translation>Даты отсчитываются от {date}, дня процедуры.</translation>
    </message>
    <message>
        <source>The dates count from {date}, the day of the miscarriage.</source>
        <translation>Даты отсчитываются от {date}, дня выкидыша.</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>before {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>(article: {date})</source>
        <translation>(по статье: {date})</translation>
    </message>
    <message>
        <source>done</source>
        <translation>позади</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>впереди</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>прошло</translation>
    </message>
    <message numerus="yes">
        <source>now · %n day(s) left</source>
        <translation>
            <numerusform>сейчас · остался %n день</numerusform>
            <numerusform>сейчас · осталось %n дня</numerusform>
            <numerusform>сейчас · осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: a milestone in Recovery Journal.</source>
        <translation>Сегодня: ключевая дата в Recovery Journal.</translation>
    </message>
    <message>
        <source>Today: {title} (a milestone you added).</source>
        <translation>Сегодня: {title} (ключевая дата, которую вы добавили).</translation>
    </message>
    <message>
        <source>Today: the end of “{title}” ({source}).</source>
        <translation>Сегодня заканчивается «{title}» ({source}).</translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation>ваш врач</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>статья</translation>
    </message>
    <message>
        <source>Today: the earliest date {who} gives for sex again.</source>
        <translation>Сегодня — самая ранняя дата, которую {who} называет для возвращения к близости.</translation>
    </message>
    <message>
        <source>Today: the ideal date {who} gives for sex again.</source>
        <translation>Сегодня — идеальная дата, которую {who} называет для возвращения к близости.</translation>
    </message>
    <message>
        <source>Today: the earliest date {who} gives for planning a pregnancy.</source>
        <translation>Сегодня — самая ранняя дата, которую {who} называет для планирования беременности.</translation>
    </message>
    <message>
        <source>Today: the date {who} calls better for planning a pregnancy.</source>
        <translation>Сегодня — дата, которую {who} считает лучшей для планирования беременности.</translation>
    </message>
    <message>
        <source>Today: the date {who} gives for the consultation with a gynecologist.</source>
        <translation>Сегодня — дата, которую {who} называет для консультации гинеколога.</translation>
    </message>
    <message>
        <source>Today: {title} ({source}).</source>
        <translation>Сегодня: {title} ({source}).</translation>
    </message>
    <message>
        <source>Consultation with a gynecologist</source>
        <translation>Консультация гинеколога</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{countdown}, {time}</source>
        <translation>{countdown}, {time}</translation>
    </message>
    <message>
        <source>took place</source>
        <translation>состоялся</translation>
    </message>
    <message>
        <source>did not take place</source>
        <translation>не состоялся</translation>
    </message>
    <message>
        <source>Today at {time}: an appointment in Recovery Journal.</source>
        <translation>Сегодня в {time}: визит в Recovery Journal.</translation>
    </message>
    <message>
        <source>Today at {time}: {title}{place}.</source>
        <translation>Сегодня в {time}: {title}{place}.</translation>
    </message>
    <message>
        <source>Did “{title}” on {when} take place?</source>
        <translation>Состоялся ли визит «{title}» ({when})?</translation>
    </message>
    <message>
        <source>This is not medical advice. The dates come from the article “Sex after a miscarriage”, which Recovery Journal shows word for word, from your doctor, or from you; your own doctor&apos;s instructions come first.</source>
        <translation>Это не медицинская рекомендация. Даты взяты из статьи «Sex after a miscarriage» (секс после выкидыша), которую Recovery Journal показывает слово в слово, от вашего врача или от вас; указания вашего врача важнее.</translation>
    </message>
    <message>
        <source>This is {threshold} or more.</source>
        <translation>Это {threshold} или выше.</translation>
    </message>
    <message>
        <source>You recorded discharge with an unusual colour or smell.</source>
        <translation>Вы отметили выделения необычного цвета или с запахом.</translation>
    </message>
    <message>
        <source>You recorded heavy bleeding.</source>
        <translation>Вы отметили обильное кровотечение.</translation>
    </message>
    <message>
        <source>Aftercare guidance (for example the NHS, not the article) says to get medical advice promptly, from your doctor or a health helpline, if after a miscarriage you have a temperature of {threshold} or higher, heavy bleeding, smelly discharge, or pain that gets worse.</source>
        <translation>Рекомендации по восстановлению (например, NHS, а не статья) советуют без промедления обратиться к врачу или на медицинскую горячую линию, если после выкидыша у вас температура {threshold} или выше, обильное кровотечение, выделения с неприятным запахом или усиливающаяся боль.</translation>
    </message>
    <message>
        <source>A body temperature is between {low} and {high} {unit}; &apos;{typed}&apos; is not.</source>
        <translation>Температура тела бывает от {low} до {high} {unit}; «{typed}» — нет.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a temperature; type a number like {example}.</source>
        <translation>«{typed}» — это не температура; введите число, например {example}.</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the journal cannot be opened by anyone, including you. There is no way to recover it.</source>
        <translation>Если вы забудете парольную фразу, дневник не сможет открыть никто, в том числе вы. Восстановить её невозможно.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Включён Caps Lock.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Проверяем парольную фразу…</translation>
    </message>
    <message>
        <source>The passphrase could not be checked: {message}. Please try again.</source>
        <translation>Не удалось проверить парольную фразу: {message}. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>_PicturesWindow</name>
    <message>
        <source>Timeline and trends</source>
        <translation>Хронология и динамика</translation>
    </message>
</context>
</TS>
