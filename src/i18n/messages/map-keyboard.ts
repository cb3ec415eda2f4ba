// What the map's keyboard announces as it moves (code-split with src/ui/map-keyboard.ts, loaded on the
// map's first focus): added to the messages by it and by src/ui/map-focus-text.ts, each
// for the words it uses. Terms as in
// src/i18n/glossary.csv.
import {defineMessages} from './define';

export const mapKeyboard = defineMessages({
  en: {
    'announce.position': '{index} of {total} from west to east',
    'announce.edge.ArrowRight': 'Nothing further east.',
    'announce.edge.End': 'This is the easternmost.',
    'announce.edge.ArrowLeft': 'Nothing further west.',
    'announce.edge.Home': 'This is the westernmost.',
    'announce.edge.ArrowUp': 'Nothing further north.',
    'announce.edge.ArrowDown': 'Nothing further south.',
    'announce.kind.regions': 'Regions',
    'announce.kind.growth': 'Growth points',
    'announce.kind.energy': 'Energy sites',
    'announce.kindOff': '{kind}: this layer is off; turn it on under “Map layers”.',
    'announce.growthPoint': 'growth point',
    'announce.energyPanel': '{name}: shown in the green-clusters panel.',
    'announce.picked': '{name}: its place is picked for the scenario editor.',
  },
  ru: {
    'announce.position': '{index} из {total} с запада на восток',
    'announce.edge.ArrowRight': 'Восточнее ничего нет.',
    'announce.edge.End': 'Это самый восточный.',
    'announce.edge.ArrowLeft': 'Западнее ничего нет.',
    'announce.edge.Home': 'Это самый западный.',
    'announce.edge.ArrowUp': 'Севернее ничего нет.',
    'announce.edge.ArrowDown': 'Южнее ничего нет.',
    'announce.kind.regions': 'Регионы',
    'announce.kind.growth': 'Точки роста',
    'announce.kind.energy': 'Энергетические объекты',
    'announce.kindOff': '{kind}: этот слой выключен; включите его в разделе «Слои карты».',
    'announce.growthPoint': 'точка роста',
    'announce.energyPanel': '{name}: показан на панели зелёных кластеров.',
    'announce.picked': '{name}: его место указано в редакторе сценария.',
  },
  ky: {
    'announce.position': 'Батыштан чыгышка карай {total} ичинен {index}',
    'announce.edge.ArrowRight': 'Мындан ары чыгышта эч нерсе жок.',
    'announce.edge.End': 'Бул эң чыгыштагысы.',
    'announce.edge.ArrowLeft': 'Мындан ары батышта эч нерсе жок.',
    'announce.edge.Home': 'Бул эң батыштагысы.',
    'announce.edge.ArrowUp': 'Мындан ары түндүктө эч нерсе жок.',
    'announce.edge.ArrowDown': 'Мындан ары түштүктө эч нерсе жок.',
    'announce.kind.regions': 'Региондор',
    'announce.kind.growth': 'Өсүү чекиттери',
    'announce.kind.energy': 'Энергетика объекттери',
    'announce.kindOff': '{kind}: бул катмар өчүк; аны «Картанын катмарлары» бөлүмүнөн күйгүзүңүз.',
    'announce.growthPoint': 'өсүү чекити',
    'announce.energyPanel': '{name}: жашыл кластерлер панелинде көрсөтүлдү.',
    'announce.picked': '{name}: анын орду сценарий редакторуна көрсөтүлдү.',
  },
});
