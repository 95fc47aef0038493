/**
 * People the news names by a short form a reader knows: the presidents and vice-presidents
 * of Indonesia. General knowledge, not drawn from any evaluation corpus. Full name first,
 * then the other names they go by; a mention by any of them is a mention of the full name.
 */
export const PEOPLE: string[][] = [
  ['Soekarno', 'Bung Karno'], ['Mohammad Hatta', 'Bung Hatta'], ['Soeharto', 'Pak Harto'],
  ['Bacharuddin Jusuf Habibie', 'BJ Habibie', 'B.J. Habibie'], ['Abdurrahman Wahid', 'Gus Dur'],
  ['Megawati Soekarnoputri'], ['Susilo Bambang Yudhoyono', 'SBY'], ['Jusuf Kalla', 'JK'],
  ['Boediono'], ['Joko Widodo', 'Jokowi'], ["Ma'ruf Amin"], ['Prabowo Subianto'], ['Gibran Rakabuming Raka', 'Gibran'],
  ['Hamzah Haz'], ['Try Sutrisno'], ['Sudharmono'], ['Umar Wirahadikusumah'], ['Adam Malik'],
  ['Hamengkubuwono IX', 'Sri Sultan Hamengkubuwono IX'],
];

/**
 * Korean and Chinese surnames and given-name syllables, romanised. Word lists drawn from
 * film subtitles hold them among their most frequent "words" ("lee", "min", "jae"); they are
 * names, so they count as given names and never as ordinary words. Syllables that are also
 * words of the languages read here ("yang", "sang", "dong", "jin", "bin", "won", "song",
 * "tang", "mei", "koh") are left out.
 */
export const NAME_SYLLABLES = (
  'lee kim park choi jung jeong kang cho yoon jang lim han shin yoo hwang ahn hong jeon bae baek heo noh kwak sung ' +
  'cha joo woo koo ryu eom seo kwon yeon hyun seung hee eun kyung chul hoon soo ji hye geun jae myung joon suk sook hwa ' +
  'yong taek jong hyuk wook seok gyu min ho wang zhang liu chen huang zhao zhou xu zhu guo luo gao zheng liang xie feng ' +
  'deng cao peng zeng xiao tian cai jiang cheng wei ding ren shen yao fang tan ng goh ong teo chua tay yeo chan cheung ' +
  'wong leung lam xi qiang jinping hua ling yan jie hao chong chung wen hui lian fei qing'
).split(' ');
