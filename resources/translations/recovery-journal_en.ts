<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutPage</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal for the weeks and months after a miscarriage. Write a few words about each day, note how you feel, and see on a calendar the dates that the article “Sex after a miscarriage” gives. The article itself sits beside the calendar, word for word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your time. Every step here can be skipped, and this welcome can be opened again from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMilestoneDialog</name>
    <message>
        <source>Add a milestone of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;consultation with a gynecologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is, e.g. Ultrasound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the time as HH:MM, like 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentFeatures</name>
    <message>
        <source>Booked by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}” on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentQuestion</name>
    <message>
        <source>Yes, it did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without an answer; you will not be asked again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <source>The source article, as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article is in English, as it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: Sex after a miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article the milestones come from, shown word for word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleSizeSpinBox</name>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n backup(s) {verb} as well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be converted (another passphrase, or damaged) and were left as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeMilestoneDialog</name>
    <message>
        <source>Change a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s date is {date}. If your doctor gave you another one, enter it here. You can go back to the article&apos;s date at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ends when “{title}” begins, so that date is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of days after the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of days after the miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date after the procedure ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date after the miscarriage ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Dr. Novak, check-up on 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <source>This article uses clinical words, such as “essentially equivalent to abortion” and “contents of the uterus”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the note about the article&apos;s clinical words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as {iso} or {local}; Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the calendar for: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YMD</source>
        <comment>the first letters of year, month and day, in this order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date, as {iso} or {local}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {iso} or {local}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates from {first} to {last} can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest date here is {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest date here is {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesPage</name>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you feel ready, record the date of the miscarriage. If a procedure followed (a uterine evacuation: “cleaning”, curettage or D&amp;C), record its date too: the article counts from it. The calendar then shows the milestones the article gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dates are already recorded. You can see or change them from the Journal menu, under Recorded dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The miscarriage cannot be in the future (today is {today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was also a p&amp;rocedure, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure cannot be in the future (today is {today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d rather do this &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change or delete recorded dates at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure cannot be before the miscarriage ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayAutosave</name>
    <message>
        <source>The journal is busy — another program is using it. Your words are kept and will be saved as soon as it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Your words are kept and will be saved as soon as there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be written to (the file or its folder is read-only). Your words are kept and will be saved as soon as it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is closed for a moment. Your words are kept and will be saved when it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. Correct it and it will be saved; the rest is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words could not be saved yet ({reason}). They are kept and saving will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved — everything you wrote is in the journal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayEditor</name>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write anything you like about this day. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically a second after you stop typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayFields</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 · none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 · worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from aftercare guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood in five steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of your own, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayMarks</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the three-week window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the six-month window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first period expected (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged symptoms on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote a note on this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>the journal is busy: another program is writing to it (waited 5 seconds); nothing was changed, try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal cannot be written here (its folder or file is read-only){detail}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this journal was written by a newer version of Recovery Journal (schema {detail}; this version reads up to {head}): please update the app; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is encrypted: a passphrase is needed to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not encrypted: open it without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for {path}{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase, or the file is damaged (this cannot be told apart here): try the passphrase again, or a backup; {path} was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable journal: it is damaged ({detail}); the file was not changed, a backup can replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes) while there are backups; the file was not changed, a backup can replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no journal at {path}, but there are backups of one; nothing was created, a backup can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal file; nothing was changed (move the folder away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error with {path} ({detail}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>&amp;Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral titles, and the window blurred when you switch away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uterine procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gynecologist consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced your journal with {file}: {added} added, {skipped} already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {skipped} already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of {file} was cancelled; your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up: {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {moment}. Your journal as it was is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be opened ({reason}). The file was not changed.

The newest good backup is from {backup}. Put it in place of the journal? The file as it is now is kept among the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last changes could not be saved, so nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Everything, to import again (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily entries for a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates for a calendar app (ICS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for a gynecologist visit (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported files are not encrypted, even if your journal is. Only you can open them on this computer, but keep them somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged, cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my day notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: printed on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s) before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date range of the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the range must not be after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Checking the journal file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome; nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the dates you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered a date in this welcome. Save records it before the welcome closes; Discard closes without recording anything; Cancel goes back to the welcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without a passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ticked “Protect the journal with a passphrase”, but the welcome is closing before Done, so the journal will not be encrypted. You can protect it later from the Journal menu. Leave anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was set, so the journal is not encrypted. You can protect it later from the Journal menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was not encrypted: {reason}. You can try again later from the Journal menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HcgChart</name>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faint line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{kind} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you have recorded, newest first. The plan follows these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Delete key removes the selected date, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a recorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {event}?
You can undo this until you close Recovery Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my journal (merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace my journal with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds what the file has and your journal lacks. If a day has a different page in each, nothing is imported and you are told which day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in your journal is replaced. A backup of it is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFromOtherApp</name>
    <message>
        <source>Import from &amp;another app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported from {app}: %n record(s) added; days that already had a page were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOtherApp</name>
    <message>
        <source>drip export (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensinator export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One JSON export (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {file}: {days} and {dates} to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period start(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kept as they are in your journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add {day}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the date: {kind}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {day} as it is: it already has a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded: {kind}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bleeding {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature {value} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOtherDialog</name>
    <message>
        <source>Import from another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days that already have a page in your journal are kept as they are. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the app and its exported file, then press Enter to see what will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file the app exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCalendar</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day to read or write its note. Marks show the article&apos;s milestones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFeatures</name>
    <message>
        <source>&amp;Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;line and trends…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature in °&amp;F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal is closed for a moment; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend of calendar marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-week window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-month window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your milestone or appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched days: inside the article&apos;s three-week window without sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar below the day: inside the six months before planning a pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted frame: the first period is usually expected now (an estimate, not from the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond: a milestone date from the article or your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square: a milestone you added or an appointment you booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle: a date you recorded (loss, procedure, period, consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop: a period started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small bars: you logged bleeding, pain or temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot: you wrote a note that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring: today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>{app} — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be checked: {message}. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Miscarriage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uterine &amp;procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gynecologist consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Recovery Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backups are not encrypted: if you never set a passphrase, the journal file is damaged, and a backup can replace it (the file as it is now is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened: {error}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is damaged; its backups are encrypted. Type the passphrase to restore one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal opened, but the plan could not be made from its dates ({reason}). Nothing was changed: correct the date in Recorded dates, or export the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the journal&apos;s folder or file cannot be written, so everything can be read but nothing can be changed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is back to the article&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctor&apos;s date is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes to your note could not be saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineRow</name>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this medicine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicinesEditor</name>
    <message>
        <source>Add a med&amp;icine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time is written HH:MM, like 08:30; until then the time before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonePanel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a milestone to see its passage in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your doctor&apos;s date instead of the article&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date of the loss or the procedure to see the article&apos;s milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title, date or note of your milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreDayFields</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faint line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual colour or smell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hCG blood value in mIU/mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h&amp;CG, mIU/mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;scharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hCG is a number of mIU/mL from %1 to %2; this is not saved until it is one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the journal with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal, and its backups, will be encrypted with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal, and its backups, will be encrypted. You will type the passphrase each time you open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old disk blocks may still hold earlier unencrypted copies; setting the passphrase at the first start avoids that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ. Please type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyControls</name>
    <message>
        <source>The journal stays closed until its passphrase is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is now encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} backup(s) are damaged and cannot be encrypted, so they would stay readable without the passphrase. Delete them and encrypt the rest? (No: nothing is changed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encrypted with the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was removed: the journal is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note could not be saved, so nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Private, and not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect the journal with a passphrase when this welcome closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is then encrypted, and the passphrase is asked for each time it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you like, a passphrase can protect the journal: it is then encrypted, and nobody can read it without the passphrase. You can also add one later, from the Journal menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDateDialog</name>
    <message>
        <source>Record a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change or delete recorded dates later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} cannot be in the future (today is {today}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Recovery Journal has a reminder for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on &amp;milestone days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Recovery Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePassphraseDialog</name>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal and its backups will be stored without encryption: anyone who can read your files can read the journal. Type the current passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to put in place of your journal. Your journal as it is now is backed up first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups could not be read: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search your notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In points; Default uses the system&apos;s text size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal after this long without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;next milestone in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next milestone in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day and the next milestone, in large letters at the top of the window all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral titles in the header, reminders and calendar files; the window blurred when you switch away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me of milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet notification on a milestone&apos;s day while the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the calendar, the arrow keys move by a day or a week, and Page Up and Page Down change the month. Alt with an underlined letter opens a menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The journal is already open in another Recovery Journal window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent the summary to the printer (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>the journal is closing; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something went wrong ({error}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loss is recorded, so there is no timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a loss to see the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of bleeding, pain and temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bleeding {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with symptoms recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{first} to {last} · {days}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Your journal is one file on this computer. Recovery Journal never connects to the internet, sends nothing anywhere and shows no ads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal for the weeks and months after a miscarriage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates that are not from the article (the first period after 4 to 6 weeks) name their source: common aftercare guidance such as the NHS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>When you feel ready, you can record the date of the miscarriage or of the procedure. The calendar will then show the milestones the article gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>First period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate, not from the article: common aftercare guidance (for example the NHS) says the first period usually comes 4 to 6 weeks later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article says ideally after the next period, and never before three weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet planning a pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article says planning the next pregnancy should not be rushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest time to plan a pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better time to plan a pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a gynecologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article says planning a pregnancy requires a consultation with a gynecologist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an estimate, not from the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone you added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The procedure is recorded for {date}, %n day(s) ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The miscarriage is recorded for {date}, %n day(s) ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{header} · Next: {title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} after the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} after the miscarriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inside your doctor&apos;s window: {title}; %n day(s) to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inside the article&apos;s window: {title}; %n day(s) to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: expected around now (not from the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article says sex should wait at least three weeks after the procedure (the cleaning of the uterus), because of the risk of infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest from sex for three weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest time for sex again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three weeks after the procedure, the earliest the article gives (counted from the miscarriage when no procedure is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first period you record after the procedure or the miscarriage. Until then, an estimate of 4 to 6 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal time for sex again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article gives six months after the miscarriage as the earliest. When a procedure is recorded, these dates count from the procedure instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article calls a year after the miscarriage better. When a procedure is recorded, these dates count from the procedure instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (before this date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates count from {date}, the day of the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates count from {date}, the day of the miscarriage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(article: {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>now · %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today: a milestone in Recovery Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {title} (a milestone you added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the end of “{title}” ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the earliest date {who} gives for sex again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the ideal date {who} gives for sex again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the earliest date {who} gives for planning a pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the date {who} calls better for planning a pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the date {who} gives for the consultation with a gynecologist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {title} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation with a gynecologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{countdown}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at {time}: an appointment in Recovery Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at {time}: {title}{place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did “{title}” on {when} take place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not medical advice. The dates come from the article “Sex after a miscarriage”, which Recovery Journal shows word for word, from your doctor, or from you; your own doctor&apos;s instructions come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is {threshold} or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recorded discharge with an unusual colour or smell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recorded heavy bleeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare guidance (for example the NHS, not the article) says to get medical advice promptly, from your doctor or a health helpline, if after a miscarriage you have a temperature of {threshold} or higher, heavy bleeding, smelly discharge, or pain that gets worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body temperature is between {low} and {high} {unit}; &apos;{typed}&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a temperature; type a number like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase, the journal cannot be opened by anyone, including you. There is no way to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be checked: {message}. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PicturesWindow</name>
    <message>
        <source>Timeline and trends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
