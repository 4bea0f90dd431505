"""The Russian translation of the window, kept as data so it survives a re-run of lupdate.

``pyside6-lupdate`` rewrites ``recovery-journal_ru.ts`` from the code (new strings come in
empty, gone ones leave); running this file afterwards fills every message from the tables
below and marks it finished, and stops with a list of the messages it has no words for.

    /work/main/.venv/bin/python resources/translations/ru_translations.py --update

(``--update`` runs ``make translations``' lupdate first, then fills the file, then lupdate again
so the file keeps Qt's own layout and diffs stay small.)

Wording: calm and plain, formal "вы" in lower case, "выкидыш", "беременность", "гинеколог".
Placeholders ({date}, %1, %n), HTML and accelerator keys stay as they are; a mnemonic (&)
is unique within its menu or dialog. Plural messages carry three forms: one, few, many.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_FILE = Path(__file__).with_name("recovery-journal_ru.ts")
REPO = Path(__file__).resolve().parents[2]

Plural = tuple[str, str, str]

# The same words wherever the source text appears (any context), unless CONTEXTUAL says otherwise.
COMMON: dict[str, str] = {
    # everyday words
    "Date": "Дата",
    "Note": "Заметка",
    "Title": "Название",
    "Open": "Открыть",
    "Passphrase": "Парольная фраза",
    "&Passphrase": "&Парольная фраза",
    "Today": "Сегодня",
    "today": "сегодня",
    "tomorrow": "завтра",
    "What": "Что",
    "File": "Файл",
    "Import": "Импорт",
    "Export": "Экспорт",
    "Choose…": "Выбрать…",
    "Dismiss": "Скрыть",
    "&Undo": "&Отменить",
    "Milestone": "Ключевая дата",
    "Importing…": "Импорт…",
    "Bleeding": "Кровотечение",
    "Light": "Светлая",
    "Recovery Journal": "Recovery Journal",
    "Day 0": "День 0",
    "Optional": "Необязательно",
    "Never": "Никогда",
    "Current passphrase": "Текущая парольная фраза",
    "&Current passphrase": "&Текущая парольная фраза",
    "Please type the current passphrase.": "Пожалуйста, введите текущую парольную фразу.",
    "Wrong passphrase. Please try again.": "Неверная парольная фраза. Попробуйте ещё раз.",
    "Caps Lock is on.": "Включён Caps Lock.",
    "Checking the passphrase…": "Проверяем парольную фразу…",
    "The passphrase could not be checked: {message}. Please try again.": (
        "Не удалось проверить парольную фразу: {message}. Попробуйте ещё раз."
    ),
    "Change: {title}": "Изменить: {title}",
    "There is no file {path}.": "Файла {path} нет.",
    "Recorded: {kind}": "Записано: {kind}",
    "Record a date": "Записать дату",
    "Record a date…": "Записать дату…",
    "Not now": "Не сейчас",
    "Saved": "Сохранено",
    "Search": "Поиск",
    "bleeding {level}": "кровотечение: {level}",
    "%n day(s)": ("%n день", "%n дня", "%n дней"),
    # lines added on main (the task runner, restore, export, import, search)
    "The import of {file} was cancelled; your journal is as it was.": (
        "Импорт {file} отменён; ваш дневник остался прежним."
    ),
    "Reading your journal…": "Чтение дневника…",
    "Reading the backups…": "Чтение резервных копий…",
    "The backups could not be read: {message}.": "Не удалось прочитать резервные копии: {message}.",
    "Searching…": "Поиск…",
    "the journal is closing; nothing was changed": "дневник закрывается; ничего не изменено",
    "Change your milestone": "Изменить вашу ключевую дату",
    "Change a date": "Изменить дату",
    "It ends when “{title}” begins, so that date is changed.": (
        "Этот период длится до начала «{title}», поэтому изменяется именно эта дата."
    ),
    " day(s)": (" день", " дня", " дней"),
    " day(s) before": (" день до", " дня до", " дней до"),
    "&Open the file": "&Открыть файл",
    "Show the &folder": "Показать &папку",
    "Exported {name}.": "Экспортирован файл {name}.",
    "Next pane": "Следующая панель",
    "Previous pane": "Предыдущая панель",
    "After %n minute(s)": ("Через %n минуту", "Через %n минуты", "Через %n минут"),
    # AddMilestoneDialog
    "Add a milestone of your own": "Добавить свою ключевую дату",
    # ArticlePanel
    "The source article, as published": "Исходная статья, как она опубликована",
    "Article: Sex after a miscarriage": "Статья: «Sex after a miscarriage» (секс после выкидыша)",
    "The article the milestones come from, shown word for word.": (
        "Статья, из которой взяты ключевые даты, — слово в слово."
    ),
    "The article is in English, as it was published.": (
        "Статья приводится на английском языке, как в оригинале."
    ),
    # ArticleSizeSpinBox
    " pt": " пт",
    "Default": "По умолчанию",
    # AskPassphraseDialog
    "Please type the passphrase.": "Пожалуйста, введите парольную фразу.",
    "This journal is protected by a passphrase.": "Этот дневник защищён парольной фразой.",
    # BusyIndicator
    "Please wait": "Пожалуйста, подождите",
    # ChangeMilestoneDialog
    "The article's date is {date}. If your doctor gave you another one, enter it here. "
    "You can go back to the article's date at any time.": (
        "По статье это {date}. Если ваш врач назвал другую дату, введите её здесь. "
        "Вернуться к дате из статьи можно в любой момент."
    ),
    "On a date": "В определённый день",
    "A number of days after the procedure": "Через несколько дней после процедуры",
    "A number of days after the miscarriage": "Через несколько дней после выкидыша",
    "Choose a date after the procedure ({date}).": "Выберите дату после процедуры ({date}).",
    "Choose a date after the miscarriage ({date}).": "Выберите дату после выкидыша ({date}).",
    "Days after the procedure": "Дней после процедуры",
    "Days after the miscarriage": "Дней после выкидыша",
    "New date": "Новая дата",
    " days": " дн.",
    "For example: Dr. Novak, check-up on 3 March": "Например: доктор Новак, осмотр 3 марта",
    # DateField
    "YMD": "ГМД",
    "Type a date as {iso} or {local}; Alt+Down opens a calendar.": (
        "Введите дату в виде {iso} или {local}; Alt+Down открывает календарь."
    ),
    "Choose on a calendar (Alt+Down)": "Выбрать в календаре (Alt+Down)",
    "Open the calendar for: {field}": "Открыть календарь для поля: {field}",
    "Problem with: {field}": "Ошибка в поле: {field}",
    "Enter a date, as {iso} or {local}.": "Введите дату в виде {iso} или {local}.",
    "“{text}” is not a date. Type it as {iso} or {local}.": (
        "«{text}» — это не дата. Введите её в виде {iso} или {local}."
    ),
    "Dates from {first} to {last} can be recorded.": "Можно записать даты с {first} по {last}.",
    "The earliest date here is {date}.": "Самая ранняя возможная дата здесь — {date}.",
    "The latest date here is {date}.": "Самая поздняя возможная дата здесь — {date}.",
    # DayAutosave
    "The journal is busy — another program is using it. Your words are kept and will be saved "
    "as soon as it is free.": (
        "Дневник занят — его использует другая программа. Ваш текст сохранён в окне и будет "
        "записан, как только дневник освободится."
    ),
    "The disk is full. Your words are kept and will be saved as soon as there is room.": (
        "Диск заполнен. Ваш текст сохранён в окне и будет записан, как только появится место."
    ),
    "The journal cannot be written to (the file or its folder is read-only). Your words are kept "
    "and will be saved as soon as it can be written.": (
        "В дневник нельзя записывать (файл или его папка доступны только для чтения). Ваш текст "
        "сохранён в окне и будет записан, как только запись станет возможной."
    ),
    "The journal is closed for a moment. Your words are kept and will be saved when it opens.": (
        "Дневник ненадолго закрыт. Ваш текст сохранён в окне и будет записан, когда дневник откроется."
    ),
    "Not saved: {reason}. Correct it and it will be saved; the rest is kept.": (
        "Не сохранено: {reason}. Исправьте это, и всё сохранится; остальное не потеряно."
    ),
    "Your words could not be saved yet ({reason}). They are kept and saving will be tried again.": (
        "Ваш текст пока не удалось сохранить ({reason}). Он не потерян, сохранение будет повторено."
    ),
    "Saved — everything you wrote is in the journal now.": "Сохранено — всё, что вы написали, теперь в дневнике.",
    "Saving…": "Сохранение…",
    # DayEditor
    "Save state": "Состояние сохранения",
    "Write anything you like about this day. It stays on this computer.": (
        "Напишите об этом дне всё, что хочется. Текст остаётся только на этом компьютере."
    ),
    "Note for the selected day": "Заметка к выбранному дню",
    "Saved automatically a second after you stop typing.": (
        "Сохраняется автоматически через секунду после того, как вы перестали печатать."
    ),
    "Note for %1": "Заметка за %1",
    "Not saved": "Не сохранено",
    "Editing…": "Редактирование…",
    # DayFields
    "Not recorded": "Не указано",
    "None": "Нет",
    "Spotting": "Мажущие выделения",
    "Medium": "Умеренное",
    "Heavy": "Обильное",
    "0 · none": "0 · нет",
    "5 · moderate": "5 · умеренная",
    "10 · worst imaginable": "10 · сильнее невозможно представить",
    "Very low": "Очень плохое",
    "Low": "Плохое",
    "In between": "Среднее",
    "Fairly good": "Довольно хорошее",
    "Good": "Хорошее",
    "Pain from 0 (none) to 10 (worst imaginable)": "Боль от 0 (нет) до 10 (сильнее невозможно представить)",
    "Temperature not saved": "Температура не сохранена",
    "Note from aftercare guidance": "Примечание из рекомендаций по восстановлению",
    "Mood in five steps": "Настроение по пятибалльной шкале",
    "Words of your own, separated by commas": "Ваши слова через запятую",
    "Tags": "Метки",
    "&Bleeding": "&Кровотечение",
    "&Pain": "&Боль",
    "&Temperature": "&Температура",
    "&Mood": "&Настроение",
    "T&ags": "&Метки",
    "Temperature in %1": "Температура, %1",
    # DayMarks
    "day 0": "день 0",
    "{kind} recorded": "записано: {kind}",
    "milestone": "ключевая дата",
    "inside the three-week window": "в пределах трёх недель",
    "inside the six-month window": "в пределах шести месяцев",
    "first period expected (estimate)": "ожидаются первые месячные (оценка)",
    "period started": "начались месячные",
    "symptoms logged": "отмечены симптомы",
    "has a note": "есть заметка",
    "You logged symptoms on this day": "В этот день вы отметили симптомы",
    "You wrote a note on this day": "В этот день вы написали заметку",
    # Diagnosis
    "the journal is busy: another program is writing to it (waited 5 seconds); nothing was changed, "
    "try again in a moment": (
        "дневник занят: в него записывает другая программа (ожидание 5 секунд); ничего не изменено, "
        "попробуйте ещё раз чуть позже"
    ),
    "the journal cannot be written here (its folder or file is read-only){detail}; nothing was changed": (
        "в дневник здесь нельзя записывать (его папка или файл доступны только для чтения){detail}; "
        "ничего не изменено"
    ),
    "the disk is full: nothing was changed; free some space and try again": (
        "диск заполнен: ничего не изменено; освободите место и попробуйте ещё раз"
    ),
    "this journal was written by a newer version of Recovery Journal (schema {detail}; this version "
    "reads up to {head}): please update the app; the file was not changed": (
        "этот дневник записан более новой версией Recovery Journal (схема {detail}; эта версия читает "
        "до {head}): пожалуйста, обновите программу; файл не изменён"
    ),
    "{path} is encrypted: a passphrase is needed to open it": (
        "{path} зашифрован: чтобы открыть его, нужна парольная фраза"
    ),
    "{path} is not encrypted: open it without a passphrase": (
        "{path} не зашифрован: откройте его без парольной фразы"
    ),
    "wrong passphrase for {path}{detail}": "неверная парольная фраза для {path}{detail}",
    "wrong passphrase, or the file is damaged (this cannot be told apart here): try the passphrase "
    "again, or a backup; {path} was not changed": (
        "неверная парольная фраза или файл повреждён (здесь это не различить): попробуйте ввести "
        "парольную фразу ещё раз или используйте резервную копию; {path} не изменён"
    ),
    "{path} is not a readable journal: it is damaged ({detail}); the file was not changed, a backup "
    "can replace it": (
        "{path} не читается как дневник: он повреждён ({detail}); файл не изменён, его можно заменить "
        "резервной копией"
    ),
    "{path} is empty (0 bytes) while there are backups; the file was not changed, a backup can "
    "replace it": (
        "{path} пуст (0 байт), но резервные копии есть; файл не изменён, его можно заменить "
        "резервной копией"
    ),
    "there is no journal at {path}, but there are backups of one; nothing was created, a backup can "
    "be restored": (
        "по адресу {path} дневника нет, но есть его резервные копии; ничего не создано, резервную "
        "копию можно восстановить"
    ),
    "{path} is a folder, not a journal file; nothing was changed (move the folder away)": (
        "{path} — это папка, а не файл дневника; ничего не изменено (переместите папку в другое место)"
    ),
    "{path} cannot be read ({detail}); nothing was changed": (
        "не удаётся прочитать {path} ({detail}); ничего не изменено"
    ),
    "the disk reported an error with {path} ({detail}); nothing was changed": (
        "диск сообщил об ошибке с {path} ({detail}); ничего не изменено"
    ),
    # EventKind
    "Miscarriage": "Выкидыш",
    "Uterine procedure": "Внутриматочная процедура",
    "Period start": "Начало месячных",
    "Gynecologist consultation": "Консультация гинеколога",
    # ExchangeActions
    "&Export…": "&Экспорт…",
    "&Import…": "&Импорт…",
    "&Back up now": "Создать &резервную копию",
    "&Restore from backup…": "Восс&тановить из резервной копии…",
    "Exporting…": "Экспорт…",
    "Exported to {path}.": "Экспортировано в {path}.",
    "Replaced your journal with {file}: {added} added, {skipped} already there.": (
        "Ваш дневник заменён файлом {file}: добавлено — {added}, уже было — {skipped}."
    ),
    "Imported {file}: {added} added, {skipped} already there.": (
        "Импортирован {file}: добавлено — {added}, уже было — {skipped}."
    ),
    "Backing up…": "Создание резервной копии…",
    "Checking the journal file…": "Проверка файла дневника…",
    "Backed up: {backup}.": "Резервная копия создана: {backup}.",
    "Today's automatic backup could not be made: {message}": (
        "Не удалось создать сегодняшнюю автоматическую резервную копию: {message}"
    ),
    "Restored the backup of {moment}. Your journal as it was is kept as a backup.": (
        "Восстановлена резервная копия от {moment}. Прежнее состояние дневника сохранено как резервная копия."
    ),
    "Restoring…": "Восстановление…",
    "Looking for a good backup…": "Поиск исправной резервной копии…",
    "Restore from a backup?": "Восстановить из резервной копии?",
    "Your journal could not be opened ({reason}). The file was not changed.\n\nThe newest good backup "
    "is from {backup}. Put it in place of the journal? The file as it is now is kept among the backups.": (
        "Не удалось открыть дневник ({reason}). Файл не изменён.\n\nСамая свежая исправная резервная "
        "копия — от {backup}. Поставить её на место дневника? Текущий файл останется среди резервных копий."
    ),
    "Your last changes could not be saved, so nothing was changed. Please try again.": (
        "Последние изменения не удалось сохранить, поэтому ничего не изменено. Попробуйте ещё раз."
    ),
    # ExchangeDialogs
    "Everything, to import again (JSON)": "Всё, для повторного импорта (JSON)",
    "Daily entries for a spreadsheet (CSV)": "Записи по дням для электронной таблицы (CSV)",
    "Dates for a calendar app (ICS)": "Даты для приложения-календаря (ICS)",
    "Summary for a gynecologist visit (PDF)": "Сводка для визита к гинекологу (PDF)",
    "Exported files are not encrypted, even if your journal is. Only you can open them on this "
    "computer, but keep them somewhere private.": (
        "Экспортированные файлы не шифруются, даже если дневник зашифрован. На этом компьютере их "
        "можете открыть только вы, но всё же храните их в надёжном месте."
    ),
    "automatic": "автоматическая",
    "made by you": "создана вами",
    "before a restore": "перед восстановлением",
    "before an import": "перед импортом",
    "damaged, cannot be restored": "повреждена, восстановить нельзя",
    "cannot be read": "не читается",
    # ExportDialog
    "Format": "Формат",
    "Symptoms from": "Симптомы с",
    "Symptoms to": "Симптомы по",
    "Include my day notes": "Включить мои заметки по дням",
    "Add reminders": "Добавить напоминания",
    " days before": " дн. до",
    "Reminder days before": "За сколько дней напомнить",
    "to": "по",
    "Export to": "Экспортировать в",
    "{format} files (*.{extension})": "Файлы {format} (*.{extension})",
    "Choose a file to export to.": "Выберите файл для экспорта.",
    "The folder {folder} does not exist.": "Папки {folder} не существует.",
    "Correct the date range of the summary.": "Исправьте диапазон дат сводки.",
    "The first day of the range must not be after the last.": "Первый день диапазона не может быть позже последнего.",
    "Print summary": "Печать сводки",
    "Name on the summary": "Имя в сводке",
    "optional: printed on every page": "необязательно: печатается на каждой странице",
    "Name": "Имя",
    "Print…": "Печать…",
    # SummaryPrinting
    "&Print…": "&Печать…",
    "Preparing the summary…": "Готовлю сводку…",
    "Sent the summary to the printer (%n page(s)).": (
        "Сводка отправлена на принтер (%n страница).",
        "Сводка отправлена на принтер (%n страницы).",
        "Сводка отправлена на принтер (%n страниц).",
    ),
    # FirstRunWizard
    "Welcome": "Добро пожаловать",
    "&Skip": "&Пропустить",
    "&Done": "&Готово",
    "Skip the welcome": "Пропустить приветствие",
    "Close the welcome; nothing is recorded": "Закрыть приветствие; ничего не записывается",
    "Keep the dates you entered?": "Сохранить введённые даты?",
    "You entered a date in this welcome. Save records it before the welcome closes; Discard closes "
    "without recording anything; Cancel goes back to the welcome.": (
        "Вы ввели дату в этом приветствии. «Сохранить» запишет её перед закрытием; «Не сохранять» "
        "закроет приветствие, ничего не записав; «Отмена» вернёт к приветствию."
    ),
    "Leave without a passphrase?": "Выйти без парольной фразы?",
    "You ticked “Protect the journal with a passphrase”, but the welcome is closing before Done, so "
    "the journal will not be encrypted. You can protect it later from the Journal menu. Leave anyway?": (
        "Вы отметили «Защитить дневник парольной фразой», но приветствие закрывается до нажатия "
        "«Готово», поэтому дневник не будет зашифрован. Защитить его можно позже в меню «Дневник». "
        "Всё равно выйти?"
    ),
    "No passphrase was set, so the journal is not encrypted. You can protect it later from the Journal menu.": (
        "Парольная фраза не задана, поэтому дневник не зашифрован. Защитить его можно позже в меню «Дневник»."
    ),
    "The journal was not encrypted: {reason}. You can try again later from the Journal menu.": (
        "Дневник не зашифрован: {reason}. Попробовать ещё раз можно позже в меню «Дневник»."
    ),
    # HistoryDialog
    "{kind} on {date}": "{kind}, {date}",
    "delete the {event}": "удалить запись «{event}»",
    "change the {event}": "изменить запись «{event}»",
    "Recorded dates": "Записанные даты",
    "Everything you have recorded, newest first. The plan follows these dates.": (
        "Всё, что вы записали, сначала новые. План строится по этим датам."
    ),
    "The Delete key removes the selected date, after asking.": (
        "Клавиша Delete удаляет выбранную дату (после подтверждения)."
    ),
    "No dates are recorded yet.": "Пока не записано ни одной даты.",
    "&Change…": "&Изменить…",
    "&Delete…": "&Удалить…",
    "&Redo": "&Повторить",
    "Change a recorded date": "Изменить записанную дату",
    "Delete this date?": "Удалить эту дату?",
    "Delete the {event}?\nYou can undo this until you close Recovery Journal.": (
        "Удалить запись «{event}»?\nЭто можно отменить, пока Recovery Journal не закрыт."
    ),
    "Undo: {action}": "Отменить: {action}",
    "Redo: {action}": "Повторить: {action}",
    # ImportDialog
    "File to import": "Файл для импорта",
    "Add to my journal (merge)": "Добавить в мой дневник (объединить)",
    "Replace my journal with the file": "Заменить мой дневник этим файлом",
    "Adds what the file has and your journal lacks. If a day has a different page in each, nothing "
    "is imported and you are told which day.": (
        "Добавляет то, что есть в файле, но нет в дневнике. Если у какого-то дня в них разные записи, "
        "ничего не импортируется, и вы увидите, какой это день."
    ),
    "Everything in your journal is replaced. A backup of it is made first.": (
        "Всё содержимое дневника будет заменено. Сначала создаётся его резервная копия."
    ),
    "Recovery Journal export (*.json)": "Экспорт Recovery Journal (*.json)",
    "Choose a file to import.": "Выберите файл для импорта.",
    # ImportFromOtherApp
    "Import from &another app…": "Импорт из &другого приложения…",
    "Reading the file…": "Чтение файла…",
    "Imported from {app}: %n record(s) added; days that already had a page were kept.": (
        "Импорт из {app}: добавлена %n запись; дни, где уже была запись, оставлены как есть.",
        "Импорт из {app}: добавлено %n записи; дни, где уже была запись, оставлены как есть.",
        "Импорт из {app}: добавлено %n записей; дни, где уже была запись, оставлены как есть.",
    ),
    # ImportOtherApp
    "drip export (*.csv)": "Экспорт drip (*.csv)",
    "Mensinator export (*.json)": "Экспорт Mensinator (*.json)",
    "jrnl JSON export (*.json)": "Экспорт jrnl в JSON (*.json)",
    "Day One JSON export (*.zip *.json)": "Экспорт Day One в JSON (*.zip *.json)",
    "From {file}: {days} and {dates} to add.": "Из {file} будет добавлено: {days} и {dates}.",
    "%n period start(s)": ("%n дата начала месячных", "%n даты начала месячных", "%n дат начала месячных"),
    "Nothing to add from {file}.": "Из {file} добавлять нечего.",
    "%n kept as they are in your journal.": (
        "%n запись оставлена в дневнике как есть.",
        "%n записи оставлены в дневнике как есть.",
        "%n записей оставлено в дневнике как есть.",
    ),
    "%n skipped.": ("Пропущена %n запись.", "Пропущены %n записи.", "Пропущено %n записей."),
    "Add {day}: {what}": "Добавить {day}: {what}",
    "Add the date: {kind}, {day}": "Добавить дату: {kind}, {day}",
    "Keep {day} as it is: it already has a page": "Оставить {day} как есть: запись за этот день уже есть",
    "Already recorded: {kind}, {day}": "Уже записано: {kind}, {day}",
    "Skip: {reason}": "Пропустить: {reason}",
    "Skip {day}: {reason}": "Пропустить {day}: {reason}",
    "temperature {value} {unit}": "температура {value} {unit}",
    "pain {value}": "боль: {value}",
    "mood {value}": "настроение: {value}",
    "tags: {tags}": "метки: {tags}",
    "a note": "заметка",
    # ImportOtherDialog
    "Import from another app": "Импорт из другого приложения",
    "App": "Приложение",
    "Exported file": "Экспортированный файл",
    "Days that already have a page in your journal are kept as they are. Nothing is written until "
    "you press Import.": (
        "Дни, за которые в дневнике уже есть запись, остаются как есть. Ничего не записывается, "
        "пока вы не нажмёте «Импорт»."
    ),
    "Choose the app and its exported file, then press Enter to see what will be added.": (
        "Выберите приложение и экспортированный им файл, затем нажмите Enter, чтобы увидеть, что будет добавлено."
    ),
    "What will be imported": "Что будет импортировано",
    "Show what will be added": "Показать, что будет добавлено",
    "Choose the file the app exported.": "Выберите файл, экспортированный приложением.",
    "Reading {file}…": "Чтение {file}…",
    "Nothing was read, and nothing was changed.": "Ничего не прочитано и ничего не изменено.",
    # JournalCalendar
    "Year": "Год",
    "Calendar, %1": "Календарь, %1",
    "Choose a day to read or write its note. Marks show the article's milestones.": (
        "Выберите день, чтобы прочитать или написать заметку. Отметки показывают ключевые даты из статьи."
    ),
    # JournalFeatures
    "&Search notes": "&Поиск в заметках",
    "Recorded &dates…": "Записанные &даты…",
    "Time&line and trends…": "&Хронология и динамика…",
    "Temperature in °&F": "Температура в °&F",
    "the journal is closed for a moment; try again": "дневник ненадолго закрыт; попробуйте ещё раз",
    # Legend
    "Legend of calendar marks": "Условные обозначения календаря",
    "Three-week window": "Три недели",
    "Six-month window": "Шесть месяцев",
    "Period expected": "Ожидаются месячные",
    "Your milestone": "Ваша ключевая дата",
    "Recorded date": "Записанная дата",
    "Period started": "Начались месячные",
    "Symptoms logged": "Отмечены симптомы",
    "Note written": "Есть заметка",
    "Hatched days: inside the article's three-week window without sex": (
        "Заштрихованные дни: три недели без близости, о которых говорит статья"
    ),
    "A bar below the day: inside the six months before planning a pregnancy": (
        "Полоса под днём: шесть месяцев до планирования беременности"
    ),
    "Dotted frame: the first period is usually expected now (an estimate, not from the article)": (
        "Пунктирная рамка: обычно в это время ожидаются первые месячные (оценка, не из статьи)"
    ),
    "Diamond: a milestone date from the article or your doctor": "Ромб: ключевая дата из статьи или от вашего врача",
    "Square: a milestone you added": "Квадрат: ключевая дата, добавленная вами",
    "Triangle: a date you recorded (loss, procedure, period, consultation)": (
        "Треугольник: записанная вами дата (потеря, процедура, месячные, консультация)"
    ),
    "Drop: a period started": "Капля: начались месячные",
    "Small bars: you logged bleeding, pain or temperature": "Столбики: вы отметили кровотечение, боль или температуру",
    "Dot: you wrote a note that day": "Точка: в этот день вы написали заметку",
    "Ring: today": "Кольцо: сегодня",
    # LockController
    "{app} — locked": "{app} — заблокирован",
    "Locked": "Заблокировано",
    "&Lock now": "Заблокировать се&йчас",
    # LockPage
    "{app} is locked.": "{app} заблокирован.",
    "Unlock": "Разблокировать",
    # MainWindow
    "&Journal": "&Дневник",
    "&View": "&Вид",
    "&Quit": "&Выход",
    "&Miscarriage…": "&Выкидыш…",
    "Uterine &procedure…": "Внутриматочная &процедура…",
    "Period &start…": "&Начало месячных…",
    "&Gynecologist consultation…": "Консультация &гинеколога…",
    "Show the &article": "Показать &статью",
    "Go to &today": "&Перейти к сегодняшнему дню",
    "&About Recovery Journal": "&О программе Recovery Journal",
    "&Welcome…": "&Приветствие…",
    "&Keyboard shortcuts": "Сочетания &клавиш",
    "Ctrl+/": "Ctrl+/",
    "&Settings…": "&Настройки…",
    "&File": "&Файл",
    "&Edit": "&Правка",
    "&Record a date": "&Записать дату",
    "&Help": "&Справка",
    "Your backups are not encrypted: if you never set a passphrase, the journal file is damaged, and "
    "a backup can replace it (the file as it is now is kept).": (
        "Ваши резервные копии не зашифрованы: если вы никогда не задавали парольную фразу, значит, файл "
        "дневника повреждён, и его можно заменить резервной копией (текущий файл сохранится)."
    ),
    "The journal could not be opened: {error}. Nothing was changed.": (
        "Не удалось открыть дневник: {error}. Ничего не изменено."
    ),
    "The journal could not be opened: {reason}.": "Не удалось открыть дневник: {reason}.",
    "The journal is damaged; its backups are encrypted. Type the passphrase to restore one.": (
        "Дневник повреждён; его резервные копии зашифрованы. Введите парольную фразу, чтобы восстановить одну из них."
    ),
    "The journal opened, but the plan could not be made from its dates ({reason}). Nothing was "
    "changed: correct the date in Recorded dates, or export the journal.": (
        "Дневник открыт, но по его датам не удалось составить план ({reason}). Ничего не изменено: "
        "исправьте дату в «Записанных датах» или экспортируйте дневник."
    ),
    "Read only: the journal's folder or file cannot be written, so everything can be read but "
    "nothing can be changed or saved.": (
        "Только чтение: в папку или файл дневника нельзя записывать, поэтому всё можно читать, "
        "но ничего нельзя изменить или сохранить."
    ),
    "“{title}” is back to the article's date.": "Для «{title}» снова действует дата из статьи.",
    "Your doctor's date is back.": "Дата вашего врача возвращена.",
    "Remove milestone": "Удалить ключевую дату",
    "Remove “{title}”?": "Удалить «{title}»?",
    "Close without saving?": "Закрыть без сохранения?",
    "The last changes to your note could not be saved. Close anyway?": (
        "Последние изменения в заметке не удалось сохранить. Всё равно закрыть?"
    ),
    # MilestonePanel
    "Article": "Статья",
    "Estimate": "Оценка",
    "Your doctor": "Ваш врач",
    "Yours": "Вы",
    "When": "Когда",
    "Status": "Состояние",
    "Source": "Источник",
    "Milestones": "Ключевые даты",
    "Select a milestone to see its passage in the article.": "Выберите ключевую дату, чтобы увидеть её место в статье.",
    "Change…": "Изменить…",
    "Use your doctor's date instead of the article's": "Использовать дату вашего врача вместо даты из статьи",
    "Reset to the article": "Вернуть дату из статьи",
    "Add my own…": "Добавить свою…",
    "Remove": "Удалить",
    "Record the date of the loss or the procedure to see the article's milestones.": (
        "Запишите дату потери или процедуры, чтобы увидеть ключевые даты из статьи."
    ),
    "Not medical advice": "Не медицинская рекомендация",
    "Undo the reset": "Отменить возврат",
    "Your note: {note}": "Ваша заметка: {note}",
    "Change the title, date or note of your milestone": "Изменить название, дату или заметку вашей ключевой даты",
    # NewPassphraseDialog
    "Change the passphrase": "Сменить парольную фразу",
    "Protect the journal with a passphrase": "Защитить дневник парольной фразой",
    "The journal, and its backups, will be encrypted with the new passphrase.": (
        "Дневник и его резервные копии будут зашифрованы новой парольной фразой."
    ),
    "The journal, and its backups, will be encrypted. You will type the passphrase each time you open the journal.": (
        "Дневник и его резервные копии будут зашифрованы. Парольную фразу нужно будет вводить при каждом открытии дневника."
    ),
    "Old disk blocks may still hold earlier unencrypted copies; setting the passphrase at the first "
    "start avoids that.": (
        "На диске могут остаться прежние незашифрованные копии; если задать парольную фразу при первом "
        "запуске, этого не случится."
    ),
    "Change": "Сменить",
    "Encrypt": "Зашифровать",
    "New passphrase": "Новая парольная фраза",
    "Repeat the new passphrase": "Повторите новую парольную фразу",
    "The current passphrase is wrong. Please try again.": "Текущая парольная фраза неверна. Попробуйте ещё раз.",
    "Please type a new passphrase.": "Пожалуйста, введите новую парольную фразу.",
    "&New passphrase": "&Новая парольная фраза",
    "&Repeat it": "&Повторите её",
    "The passphrase cannot contain a NUL character.": "Парольная фраза не может содержать символ NUL.",
    "The two new passphrases differ. Please type the new one again.": (
        "Две новые парольные фразы не совпадают. Пожалуйста, введите новую ещё раз."
    ),
    # PassphraseField
    "Hide the passphrase": "Скрыть парольную фразу",
    "Show the passphrase": "Показать парольную фразу",
    "{action} ({shortcut})": "{action} ({shortcut})",
    # PrivacyControls
    "The journal stays closed until its passphrase is typed.": (
        "Дневник остаётся закрытым, пока не введена парольная фраза."
    ),
    "%n backup(s) {verb} as well.": (
        "Также {verb}: %n резервная копия.",
        "Также {verb}: %n резервные копии.",
        "Также {verb}: %n резервных копий.",
    ),
    "%n backup(s) could not be converted (another passphrase, or damaged) and were left as they were.": (
        "%n резервную копию не удалось преобразовать (другая парольная фраза или повреждение), она оставлена как была.",
        "%n резервные копии не удалось преобразовать (другая парольная фраза или повреждение), они оставлены как были.",
        "%n резервных копий не удалось преобразовать (другая парольная фраза или повреждение), они оставлены как были.",
    ),
    "%n day page(s)": ("записи за %n день", "записи за %n дня", "записи за %n дней"),
    "Protect with a &passphrase…": "Защитить парольной &фразой…",
    "C&hange the passphrase…": "&Сменить парольную фразу…",
    "Remo&ve the passphrase…": "&Убрать парольную фразу…",
    "&Never": "&Никогда",
    "After 1 &minute": "Через 1 &минуту",
    "After &5 minutes": "Через &5 минут",
    "After &15 minutes": "Через &15 минут",
    "After &30 minutes": "Через &30 минут",
    "After &60 minutes": "Через &60 минут",
    "After %1 minutes": "Через %1 мин",
    "Lock &automatically": "&Блокировать автоматически",
    "The journal is now encrypted with your passphrase.": "Теперь дневник зашифрован вашей парольной фразой.",
    "encrypted": "зашифровано",
    "Damaged backups": "Повреждённые резервные копии",
    "{count} backup(s) are damaged and cannot be encrypted, so they would stay readable without the "
    "passphrase. Delete them and encrypt the rest? (No: nothing is changed.)": (
        "Повреждённых резервных копий: {count}. Их нельзя зашифровать, поэтому их можно было бы прочитать "
        "без парольной фразы. Удалить их и зашифровать остальные? («Нет» — ничего не изменится.)"
    ),
    "The passphrase was changed.": "Парольная фраза изменена.",
    "re-encrypted with the new passphrase": "перешифровано новой парольной фразой",
    "The passphrase was removed: the journal is no longer encrypted.": (
        "Парольная фраза убрана: дневник больше не зашифрован."
    ),
    "decrypted": "расшифровано",
    "the note could not be saved, so nothing was changed": "заметку не удалось сохранить, поэтому ничего не изменено",
    "The note could not be saved, so nothing was changed.": "Заметку не удалось сохранить, поэтому ничего не изменено.",
    "{error}. Nothing was changed": "{error}. Ничего не изменено",
    "Converting the journal…": "Преобразование дневника…",
    "Opening the journal…": "Открытие дневника…",
    "The passphrase was not changed: {message}.": "Парольная фраза не изменена: {message}.",
    # ProblemBanner
    "Try a&gain": "&Повторить попытку",
    "Restore a bac&kup…": "Восстановить из &резервной копии…",
    "Start a &new journal": "Начать &новый дневник",
    "Correct a &date…": "Исправить &дату…",
    "E&xport…": "&Экспорт…",
    # RecordDateDialog
    "What happened": "Что произошло",
    "You can change or delete recorded dates later.": "Записанные даты можно позже изменить или удалить.",
    "A {kind} cannot be in the future (today is {today}).": (
        "Дата события «{kind}» не может быть в будущем (сегодня {today})."
    ),
    # ReminderBanner
    "Dismiss the reminder": "Скрыть напоминание",
    # Reminders
    "Recovery Journal has a reminder for today": "У Recovery Journal есть напоминание на сегодня",
    "Remind me on &milestone days": "&Напоминать в дни ключевых дат",
    "Show Recovery Journal": "Показать Recovery Journal",
    "Quit": "Выход",
    # RemovePassphraseDialog
    "Remove the passphrase": "Убрать парольную фразу",
    "The journal and its backups will be stored without encryption: anyone who can read your files "
    "can read the journal. Type the current passphrase to confirm.": (
        "Дневник и его резервные копии будут храниться без шифрования: любой, кто может читать ваши "
        "файлы, сможет прочитать и дневник. Для подтверждения введите текущую парольную фразу."
    ),
    # RestoreDialog
    "Restore from backup": "Восстановить из резервной копии",
    "Choose a backup to put in place of your journal. Your journal as it is now is backed up first, "
    "so nothing is lost.": (
        "Выберите резервную копию, которая заменит ваш дневник. Сначала создаётся резервная копия "
        "текущего дневника, так что ничего не потеряется."
    ),
    "Backups": "Резервные копии",
    "There are no backups yet.": "Резервных копий пока нет.",
    "Restore": "Восстановить",
    # SearchPanel
    "Search your notes and tags": "Поиск по заметкам и меткам",
    "Search your notes": "Поиск по заметкам",
    "Days found": "Найденные дни",
    "No day matches.": "Подходящих дней нет.",
    # SettingsDialog
    "Settings": "Настройки",
    "Follow the system": "Как в системе",
    "Dark": "Тёмная",
    "Theme": "Тема",
    "Article text size": "Размер текста статьи",
    "In points; Default uses the system's text size.": (
        "В пунктах; «По умолчанию» — размер текста системы."
    ),
    "First day of the week": "Первый день недели",
    "Celsius (°C)": "Цельсий (°C)",
    "Fahrenheit (°F)": "Фаренгейт (°F)",
    "Temperature unit": "Единица температуры",
    "Lock automatically": "Блокировать автоматически",
    "Lock the journal after this long without use.": "Блокировать дневник, если им не пользуются столько времени.",
    "&Remind me of milestones": "&Напоминать о ключевых датах",
    "Remind me of milestones": "Напоминать о ключевых датах",
    "A quiet notification on a milestone's day while the app runs.": (
        "Неназойливое уведомление в день ключевой даты, пока программа работает."
    ),
    "&Keep running in the tray when the window is closed": "&Оставаться в трее после закрытия окна",
    "Keep running in the tray when the window is closed": "Оставаться в трее после закрытия окна",
    "Appearance": "Внешний вид",
    "&Theme:": "&Тема:",
    "&Article text size:": "Размер текста &статьи:",
    "Calendar and notes": "Календарь и заметки",
    "&First day of the week:": "&Первый день недели:",
    "Temperature &unit:": "&Единица температуры:",
    "Privacy": "Конфиденциальность",
    "&Lock automatically:": "&Блокировать автоматически:",
    "Reminders": "Напоминания",
    "After 1 minute": "Через 1 минуту",
    "After {count} minutes": "Через {count} мин",
    # ShortcutsDialog
    "Keyboard shortcuts": "Сочетания клавиш",
    "Action": "Действие",
    "Shortcut": "Сочетание",
    "Elsewhere": "Прочее",
    "In the calendar, the arrow keys move by a day or a week, and Page Up and Page Down change the "
    "month. Alt with an underlined letter opens a menu.": (
        "В календаре клавиши со стрелками перемещают на день или неделю, а Page Up и Page Down "
        "меняют месяц. Alt с подчёркнутой буквой открывает меню."
    ),
    # SingleInstance
    "The journal is already open in another Recovery Journal window.": (
        "Дневник уже открыт в другом окне Recovery Journal."
    ),
    # TaskRunner
    "something went wrong ({error}); nothing was changed": "что-то пошло не так ({error}); ничего не изменено",
    # TimelineView
    "{months} mo": "{months} мес.",
    "Today · day {day}": "Сегодня · день {day}",
    "Recovery timeline": "Хронология восстановления",
    "No loss is recorded, so there is no timeline.": "Потеря не записана, поэтому хронологии нет.",
    "From {first} to {last}.": "С {first} по {last}.",
    "Record a loss to see the timeline.": "Запишите дату потери, чтобы увидеть хронологию.",
    # TrendChart
    "2 weeks": "2 недели",
    "6 weeks": "6 недель",
    "All": "Всё",
    "Pain (0–10)": "Боль (0–10)",
    "Temperature": "Температура",
    "none": "нет",
    "spotting": "мажущие выделения",
    "light": "скудное",
    "medium": "умеренное",
    "heavy": "обильное",
    "Trend of bleeding, pain and temperature": "Динамика кровотечения, боли и температуры",
    "Show:": "Показать:",
    "pain {score}": "боль: {score}",
    "%n day(s) with symptoms recorded": (
        "симптомы отмечены за %n день",
        "симптомы отмечены за %n дня",
        "симптомы отмечены за %n дней",
    ),
    "{first} to {last} · {days}": "с {first} по {last} · {days}",
    # Welcome
    "Your journal is one file on this computer. Recovery Journal never connects to the internet, "
    "sends nothing anywhere and shows no ads.": (
        "Ваш дневник — это один файл на этом компьютере. Recovery Journal никогда не подключается "
        "к интернету, ничего никуда не отправляет и не показывает рекламу."
    ),
    "A private journal for the weeks and months after a miscarriage.": (
        "Личный дневник для недель и месяцев после выкидыша."
    ),
    "Privacy.": "Конфиденциальность.",
    "Estimates that are not from the article (the first period after 4 to 6 weeks) name their "
    "source: common aftercare guidance such as the NHS.": (
        "У оценок, которых нет в статье (первые месячные через 4–6 недель), указан источник: "
        "общепринятые рекомендации по восстановлению, например NHS."
    ),
    "About {app}": "О программе {app}",
    # WelcomeBanner
    "When you feel ready, you can record the date of the miscarriage or of the procedure. The "
    "calendar will then show the milestones the article gives.": (
        "Когда будете готовы, вы можете записать дату выкидыша или процедуры. Тогда календарь "
        "покажет ключевые даты, которые называет статья."
    ),
    "Dismiss this suggestion": "Скрыть это предложение",
    # Wording: the plan
    "No sex (three-week window)": "Без близости (три недели)",
    "Earliest date for sex": "Самая ранняя дата для близости",
    "First period": "Первые месячные",
    "An estimate, not from the article: common aftercare guidance (for example the NHS) says the "
    "first period usually comes 4 to 6 weeks later.": (
        "Оценка, не из статьи: общепринятые рекомендации по восстановлению (например, NHS) говорят, "
        "что первые месячные обычно приходят через 4–6 недель."
    ),
    "Ideal date for sex": "Идеальная дата для близости",
    "The article says ideally after the next period, and never before three weeks.": (
        "Статья говорит: в идеале после следующих месячных и никогда не раньше чем через три недели."
    ),
    "Not yet planning a pregnancy": "Пока без планирования беременности",
    "The article says planning the next pregnancy should not be rushed.": (
        "Статья говорит, что с планированием следующей беременности не стоит торопиться."
    ),
    "Earliest time to plan a pregnancy": "Самое раннее время для планирования беременности",
    "Better time to plan a pregnancy": "Лучшее время для планирования беременности",
    "See a gynecologist": "Консультация гинеколога",
    "The article says planning a pregnancy requires a consultation with a gynecologist first.": (
        "Статья говорит, что перед планированием беременности нужна консультация гинеколога."
    ),
    "from the article": "из статьи",
    "an estimate, not from the article": "оценка, не из статьи",
    "from your doctor": "от вашего врача",
    "your own": "ваша собственная",
    "{title} (estimate)": "{title} (оценка)",
    "A milestone you added.": "Ключевая дата, которую вы добавили.",
    "%n day(s) ago": ("%n день назад", "%n дня назад", "%n дней назад"),
    "in %n day(s)": ("через %n день", "через %n дня", "через %n дней"),
    "The procedure is recorded for {date}, %n day(s) ahead": (
        "Процедура записана на {date}, через %n день",
        "Процедура записана на {date}, через %n дня",
        "Процедура записана на {date}, через %n дней",
    ),
    "The miscarriage is recorded for {date}, %n day(s) ahead": (
        "Выкидыш записан на {date}, через %n день",
        "Выкидыш записан на {date}, через %n дня",
        "Выкидыш записан на {date}, через %n дней",
    ),
    "{header} · Next: {title}, {when}": "{header} · Далее: {title}, {when}",
    "Day {day} after the procedure": "День {day} после процедуры",
    "Day {day} after the miscarriage": "День {day} после выкидыша",
    "Inside your doctor's window: {title}; %n day(s) to go": (
        "Период по словам вашего врача: {title}; остался %n день",
        "Период по словам вашего врача: {title}; осталось %n дня",
        "Период по словам вашего врача: {title}; осталось %n дней",
    ),
    "Inside the article's window: {title}; %n day(s) to go": (
        "Период по статье: {title}; остался %n день",
        "Период по статье: {title}; осталось %n дня",
        "Период по статье: {title}; осталось %n дней",
    ),
    "{title}: expected around now (not from the article)": "{title}: ожидается примерно сейчас (не из статьи)",
    "{title} ({source})": "{title} ({source})",
    "The article says sex should wait at least three weeks after the procedure (the cleaning of the "
    "uterus), because of the risk of infection.": (
        "Статья говорит, что с близостью стоит подождать не меньше трёх недель после процедуры "
        "(чистки матки) из-за риска инфекции."
    ),
    "Three weeks after the procedure, the earliest the article gives (counted from the miscarriage "
    "when no procedure is recorded).": (
        "Три недели после процедуры — самый ранний срок, который называет статья (если процедура не "
        "записана, отсчёт идёт от выкидыша)."
    ),
    "The first period you record after the procedure or the miscarriage. Until then, an estimate of 4 to 6 weeks.": (
        "Первые месячные, которые вы запишете после процедуры или выкидыша. До этого — оценка в 4–6 недель."
    ),
    "The article gives six months after the miscarriage as the earliest. When a procedure is "
    "recorded, these dates count from the procedure instead.": (
        "Статья называет самым ранним сроком шесть месяцев после выкидыша. Если записана процедура, "
        "эти даты отсчитываются от неё."
    ),
    "The article calls a year after the miscarriage better. When a procedure is recorded, these "
    "dates count from the procedure instead.": (
        "Статья считает, что лучше подождать год после выкидыша. Если записана процедура, эти даты "
        "отсчитываются от неё."
    ),
    "recorded by you": "записано вами",
    "{title} (before this date)": "{title} (до этой даты)",
    "The dates count from {date}, the day of the procedure.": "Даты отсчитываются от {date}, дня процедуры.",
    "The dates count from {date}, the day of the miscarriage.": "Даты отсчитываются от {date}, дня выкидыша.",
    "{first} – {last}": "{first} – {last}",
    "before {date}": "до {date}",
    "(article: {date})": "(по статье: {date})",
    "done": "позади",
    "to do": "впереди",
    "passed": "прошло",
    "now · %n day(s) left": (
        "сейчас · остался %n день",
        "сейчас · осталось %n дня",
        "сейчас · осталось %n дней",
    ),
    "Today: {title} (a milestone you added).": "Сегодня: {title} (ключевая дата, которую вы добавили).",
    "Today: the end of “{title}” ({source}).": "Сегодня заканчивается «{title}» ({source}).",
    "your doctor": "ваш врач",
    "the article": "статья",
    "Today: the earliest date {who} gives for sex again.": (
        "Сегодня — самая ранняя дата, которую {who} называет для возвращения к близости."
    ),
    "Today: the ideal date {who} gives for sex again.": (
        "Сегодня — идеальная дата, которую {who} называет для возвращения к близости."
    ),
    "Today: the earliest date {who} gives for planning a pregnancy.": (
        "Сегодня — самая ранняя дата, которую {who} называет для планирования беременности."
    ),
    "Today: the date {who} calls better for planning a pregnancy.": (
        "Сегодня — дата, которую {who} считает лучшей для планирования беременности."
    ),
    "Today: the date {who} gives for the consultation with a gynecologist.": (
        "Сегодня — дата, которую {who} называет для консультации гинеколога."
    ),
    "Today: {title} ({source}).": "Сегодня: {title} ({source}).",
    "This is not medical advice. The dates come from the article “Sex after a miscarriage”, which "
    "Recovery Journal shows word for word, from your doctor, or from you; your own doctor's "
    "instructions come first.": (
        "Это не медицинская рекомендация. Даты взяты из статьи «Sex after a miscarriage» (секс после "
        "выкидыша), которую Recovery Journal показывает слово в слово, от вашего врача или от вас; "
        "указания вашего врача важнее."
    ),
    "This is {threshold} or more.": "Это {threshold} или выше.",
    "You recorded heavy bleeding.": "Вы отметили обильное кровотечение.",
    "Aftercare guidance (for example the NHS, not the article) says to get medical advice promptly, "
    "from your doctor or a health helpline, if after a miscarriage you have a temperature of "
    "{threshold} or higher, heavy bleeding, smelly discharge, or pain that gets worse.": (
        "Рекомендации по восстановлению (например, NHS, а не статья) советуют без промедления "
        "обратиться к врачу или на медицинскую горячую линию, если после выкидыша у вас температура "
        "{threshold} или выше, обильное кровотечение, выделения с неприятным запахом или усиливающаяся боль."
    ),
    "A body temperature is between {low} and {high} {unit}; '{typed}' is not.": (
        "Температура тела бывает от {low} до {high} {unit}; «{typed}» — нет."
    ),
    "'{typed}' is not a temperature; type a number like {example}.": (
        "«{typed}» — это не температура; введите число, например {example}."
    ),
    # _AboutPage
    "Welcome to %1": "Добро пожаловать в %1",
    "A private journal for the weeks and months after a miscarriage. Write a few words about each "
    "day, note how you feel, and see on a calendar the dates that the article “Sex after a "
    "miscarriage” gives. The article itself sits beside the calendar, word for word.": (
        "Личный дневник для недель и месяцев после выкидыша. Пишите несколько слов о каждом дне, "
        "отмечайте самочувствие и смотрите в календаре даты, которые называет статья «Sex after a "
        "miscarriage» (секс после выкидыша). Сама статья — рядом с календарём, слово в слово."
    ),
    "Take your time. Every step here can be skipped, and this welcome can be opened again from the Help menu.": (
        "Не торопитесь. Любой шаг можно пропустить, а это приветствие можно снова открыть из меню «Справка»."
    ),
    # _DatesPage
    "The date": "Дата",
    "When you feel ready, record the date of the miscarriage. If a procedure followed (a uterine "
    "evacuation: “cleaning”, curettage or D&C), record its date too: the article counts from it. The "
    "calendar then shows the milestones the article gives.": (
        "Когда будете готовы, запишите дату выкидыша. Если после него была процедура (опорожнение "
        "полости матки: «чистка», выскабливание или вакуум-аспирация), запишите и её дату: статья "
        "ведёт отсчёт от неё. Тогда календарь покажет ключевые даты, которые называет статья."
    ),
    "Your dates are already recorded. You can see or change them from the Journal menu, under Recorded dates.": (
        "Ваши даты уже записаны. Посмотреть или изменить их можно в меню «Дневник», пункт «Записанные даты»."
    ),
    "Date of the miscarriage": "Дата выкидыша",
    "The miscarriage cannot be in the future (today is {today}).": "Дата выкидыша не может быть в будущем (сегодня {today}).",
    "There was also a p&rocedure, on": "Также была п&роцедура, дата:",
    "Date of the procedure": "Дата процедуры",
    "The procedure cannot be in the future (today is {today}).": "Дата процедуры не может быть в будущем (сегодня {today}).",
    "I'd rather do this &later": "Сделаю это по&зже",
    "You can change or delete recorded dates at any time.": "Записанные даты можно изменить или удалить в любой момент.",
    "Date of the &miscarriage": "Дата &выкидыша",
    "The procedure cannot be before the miscarriage ({date}).": "Процедура не может быть раньше выкидыша ({date}).",
    # _PassphraseDialog
    "If you forget the passphrase, the journal cannot be opened by anyone, including you. There is no way to recover it.": (
        "Если вы забудете парольную фразу, дневник не сможет открыть никто, в том числе вы. "
        "Восстановить её невозможно."
    ),
    # _PicturesWindow
    "Timeline and trends": "Хронология и динамика",
    # _PrivacyPage
    "Private, and not medical advice": "Лично, и это не медицинская рекомендация",
    "&Protect the journal with a passphrase when this welcome closes": (
        "&Защитить дневник парольной фразой при закрытии приветствия"
    ),
    "The journal is then encrypted, and the passphrase is asked for each time it opens.": (
        "Тогда дневник будет зашифрован, и парольная фраза будет запрашиваться при каждом открытии."
    ),
    "If you like, a passphrase can protect the journal: it is then encrypted, and nobody can read it "
    "without the passphrase. You can also add one later, from the Journal menu.": (
        "Если хотите, дневник можно защитить парольной фразой: тогда он будет зашифрован, и без неё его "
        "никто не прочитает. Её можно добавить и позже, в меню «Дневник»."
    ),
    # ContentNote
    "This article uses clinical words, such as “essentially equivalent to abortion” and “contents of the uterus”.": (
        "В статье есть медицинские слова, например «по сути равнозначно аборту» "
        "и «содержимое матки»."
    ),
    "Dismiss this note": "Скрыть это пояснение",
    "Dismiss the note about the article's clinical words": "Скрыть пояснение о медицинских словах в статье",
    # DiscreetMode
    "&Discreet mode": "&Незаметный режим",
    "Neutral titles, and the window blurred when you switch away": (
        "Нейтральные названия, а окно размывается, когда вы переключаетесь на другое"
    ),
    # SettingsDialog: the header and discreet mode
    "Show the next milestone in the header": "Показывать в заголовке ближайшую ключевую дату",
    "The day and the next milestone, in large letters at the top of the window all day.": (
        "День и ближайшая ключевая дата — крупными буквами вверху окна весь день."
    ),
    "Discreet mode": "Незаметный режим",
    "Neutral titles in the header, reminders and calendar files; the window blurred when you switch away.": (
        "Нейтральные названия в заголовке, напоминаниях и файлах календаря; окно размывается, "
        "когда вы переключаетесь на другое."
    ),
    # Wording: the plan, in gentle words
    "Rest from sex for three weeks": "Перерыв в близости на три недели",
    "Earliest time for sex again": "Самое раннее время для близости",
    "Ideal time for sex again": "Лучшее время для близости",
    "Next: {title}, {when}": "Далее: {title}, {when}",
    "Today: a milestone in Recovery Journal.": "Сегодня: ключевая дата в Recovery Journal.",
    # issue 16: a day's tests, hCG, discharge and medicines; appointments booked ahead
    "Book an appointment": "Запланировать визит",
    "What it is, e.g. Ultrasound": "Что это, например «УЗИ»",
    "What it is": "Что это",
    "Day of the appointment": "День визита",
    "HH:MM": "ЧЧ:ММ",
    "Time": "Время",
    "Place": "Место",
    "Day": "День",
    "Type the time as HH:MM, like 10:30.": "Введите время как ЧЧ:ММ, например 10:30.",
    "Booked by you": "Запланировано вами",
    "Remove appointment": "Удалить визит",
    "Remove “{title}” on {when}?": "Удалить «{title}» ({when})?",
    "Yes, it did": "Да, состоялся",
    "No": "Нет",
    "Don't ask": "Не спрашивать",
    "Close without an answer; you will not be asked again": "Закрыть без ответа; вопрос больше не появится",
    "appointment at {time}": "визит в {time}",
    "{time}: {title}": "{time}: {title}",
    "negative": "отрицательный",
    "faint line": "слабая полоска",
    "positive": "положительный",
    "Your milestone or appointment": "Ваша дата или визит",
    "Square: a milestone you added or an appointment you booked": "Квадрат: добавленная вами дата или запланированный визит",
    "Medicine": "Лекарство",
    "Medicine name": "Название лекарства",
    "Dose": "Доза",
    "Dose, in your words": "Доза, своими словами",
    "Time taken": "Время приёма",
    "Remove this medicine": "Убрать это лекарство",
    "A time is written HH:MM, like 08:30; until then the time before is kept.": (
        "Время пишется как ЧЧ:ММ, например 08:30; до тех пор остаётся прежнее время."
    ),
    "Negative": "Отрицательный",
    "Faint line": "Слабая полоска",
    "Positive": "Положительный",
    "Usual for me": "Обычные для меня",
    "Unusual colour or smell": "Необычный цвет или запах",
    "Pregnancy test result": "Результат теста на беременность",
    "hCG blood value in mIU/mL": "ХГЧ в крови, мМЕ/мл",
    "Discharge": "Выделения",
    "mIU/mL": "мМЕ/мл",
    "Test &result": "&Результат теста",
    "h&CG, mIU/mL": "&ХГЧ, мМЕ/мл",
    "Di&scharge": "&Выделения",
    "Medicines": "Лекарства",
    "hCG is a number of mIU/mL from %1 to %2; this is not saved until it is one.": (
        "ХГЧ — это число мМЕ/мл от %1 до %2; пока это не так, значение не сохраняется."
    ),
    "Consultation with a gynecologist": "Консультация гинеколога",
    "Appointment": "Визит",
    "{day}, {time}": "{day}, {time}",
    "{countdown}, {time}": "{countdown}, {time}",
    "took place": "состоялся",
    "did not take place": "не состоялся",
    "Today at {time}: an appointment in Recovery Journal.": "Сегодня в {time}: визит в Recovery Journal.",
    "Today at {time}: {title}{place}.": "Сегодня в {time}: {title}{place}.",
    "Did “{title}” on {when} take place?": "Состоялся ли визит «{title}» ({when})?",
    "You recorded discharge with an unusual colour or smell.": "Вы отметили выделения необычного цвета или с запахом.",
}

# Where the same English needs other Russian words in one context (gender, case, a clash of mnemonics).
CONTEXTUAL: dict[tuple[str, str], str | Plural] = {
    ("DayFields", "Light"): "Скудное",
    ("SettingsDialog", "Light"): "Светлая",
    ("ImportOtherApp", "a note"): "заметка",
    ("DayMarks", "today"): "сегодня",
    ("SettingsDialog", "&Discreet mode"): "Незаметный &режим",  # Н is "Напоминать" here
    ("AppointmentDialog", "A &consultation with a gynecologist"): "&Консультация гинеколога",
    ("MainWindow", "&Book an appointment…"): "Запланировать &визит…",  # В is free in the Journal menu
    ("MedicinesEditor", "Add a med&icine"): "&Добавить лекарство",
    ("SettingsDialog", "Show the &next milestone in the header"): "Показывать &в заголовке ближайшую ключевую дату",
}


def translation_for(context: str, source: str) -> str | Plural | None:
    return CONTEXTUAL.get((context, source), COMMON.get(source))


def apply(ts_file: Path = TS_FILE) -> list[str]:
    """Fill every message of ``ts_file``; return ``context: source`` of those with no translation here."""
    tree = ET.parse(ts_file)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = translation_for(name, source)
            plural = message.get("numerus") == "yes"
            if text is None or isinstance(text, tuple) != plural:
                missing.append(f"{name}: {source!r}" + (" (needs 3 plural forms)" if plural else ""))
                continue
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            if isinstance(text, tuple):
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    ET.indent(tree, space="    ")
    with ts_file.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


def lupdate_sources() -> list[str]:
    """Every file with words for a translator (paths from the checkout): listed here once, for
    ``make translations``, this script and the test that the committed template is current."""
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "desktop" / "ui").rglob("*.py"))
    return [*sources, "desktop/store/diagnosis.py", "desktop/wording.py", "desktop/plan_texts.py"]


def lupdate(catalogs: list[str] | None = None) -> None:
    """Every string of the window into the .ts files (``make translations`` names them; by default both)."""
    sources = lupdate_sources()
    catalogs = catalogs or ["resources/translations/recovery-journal_en.ts", str(TS_FILE.relative_to(REPO))]
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", *catalogs], cwd=REPO, check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--lupdate"]:  # make translations: the template(s) only, into the files it names
        lupdate([str(Path(name).resolve()) for name in sys.argv[2:]])
        sys.exit(0)
    update = "--update" in sys.argv
    if update:
        lupdate()
    not_found = apply(TS_FILE)
    if update:
        lupdate()
    if not_found:
        print("no Russian words for:\n  " + "\n  ".join(not_found), file=sys.stderr)
        sys.exit(1)
