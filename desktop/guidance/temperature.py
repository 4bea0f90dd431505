"""Body temperature: units, parsing, and the one note the app shows about a fever.

The journal stores °C; she may read and type °F. At 38.0 °C or more a calm
note quotes aftercare guidance by name (see warning_signs.py); the article says
nothing of temperature, so the note never cites it. It diagnoses nothing.
"""

from __future__ import annotations

from enum import StrEnum

FEVER_THRESHOLD_C = 38.0
# What the store accepts (see validate_day): a typo like 3.7 or 377 is refused.
LOWEST_C = 30.0
HIGHEST_C = 45.0


class TemperatureUnit(StrEnum):
    CELSIUS = "C"
    FAHRENHEIT = "F"

    @property
    def symbol(self) -> str:
        return "°C" if self is TemperatureUnit.CELSIUS else "°F"


def celsius_to_fahrenheit(celsius: float) -> float:
    return celsius * 9.0 / 5.0 + 32.0


def fahrenheit_to_celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32.0) * 5.0 / 9.0


def to_unit(celsius: float, unit: TemperatureUnit) -> float:
    """The stored °C value in the unit she reads, to one decimal."""
    value = celsius if unit is TemperatureUnit.CELSIUS else celsius_to_fahrenheit(celsius)
    return round(value, 1)


def from_unit(value: float, unit: TemperatureUnit) -> float:
    """What she typed, as °C to two decimals, so 100.4 °F is stored as exactly 38.0 °C."""
    celsius = value if unit is TemperatureUnit.CELSIUS else fahrenheit_to_celsius(value)
    return round(celsius, 2)


class TemperatureError(ValueError):
    """What she typed is not a body temperature; the message is English (the CLI's).

    The window words it again in her language from these fields (desktop/wording.py):
    ``low``/``high`` are set when a number was out of range, in the unit she types.
    """

    def __init__(self, message: str, typed: str, low: float | None = None, high: float | None = None) -> None:
        super().__init__(message)
        self.typed = typed
        self.low = low
        self.high = high


def parse_temperature(text: str, unit: TemperatureUnit) -> float | None:
    """Her typed value as °C; empty means "not recorded". Raises TemperatureError naming the problem."""
    cleaned = text.strip().replace(",", ".").removesuffix(unit.symbol).rstrip("°CFcf ").strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        message = f"'{text.strip()}' is not a temperature; type a number like {_example(unit)}"
        raise TemperatureError(message, text.strip()) from None
    celsius = from_unit(value, unit)
    if not LOWEST_C <= celsius <= HIGHEST_C:
        low, high = to_unit(LOWEST_C, unit), to_unit(HIGHEST_C, unit)
        message = f"a body temperature is between {low:g} and {high:g} {unit.symbol}; '{text.strip()}' is not"
        raise TemperatureError(message, text.strip(), low, high)
    return celsius


def _example(unit: TemperatureUnit) -> str:
    return "37.2" if unit is TemperatureUnit.CELSIUS else "99.0"


def is_fever(celsius: float | None) -> bool:
    return celsius is not None and round(celsius, 2) >= FEVER_THRESHOLD_C
