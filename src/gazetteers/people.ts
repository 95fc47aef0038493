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
